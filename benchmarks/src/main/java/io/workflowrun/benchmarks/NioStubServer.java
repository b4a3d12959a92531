/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The leanest HTTP/1.1 server we could write: a few selector threads answer every request on a port with the same
 * bytes. It reads each request only as far as needed to find where it ends (the header block, then Content-Length
 * bytes of body, discarded), so that keep-alive and pipelining work; it checks nothing else. A request with a chunked
 * body, which none of the benchmarked clients sends, is answered 411 and its connection closed.
 */
final class NioStubServer implements StubServer {

    private static final byte[] LENGTH_REQUIRED =
            "HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_HEADER_BYTES = 1 << 20;

    private final List<Worker> workers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    NioStubServer(int threads) throws IOException {
        for (int i = 0; i < threads; i++) {
            Worker worker = new Worker(Selector.open());
            Thread thread = new Thread(worker, "stub-nio-" + i);
            thread.setDaemon(true);
            thread.start();
            workers.add(worker);
        }
    }

    @Override
    public int listen(CannedAnswer answer) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.configureBlocking(false);
        ByteBuffer bytes = ByteBuffer.wrap(answer.toHttp11()).asReadOnlyBuffer();
        Worker acceptor = workers.get(0);
        acceptor.register(() -> server.register(acceptor.selector, SelectionKey.OP_ACCEPT, bytes));
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    @Override
    public void close() throws IOException {
        for (Worker worker : workers) {
            for (SelectionKey key : worker.selector.keys()) {
                key.channel().close();
            }
            worker.selector.close();
        }
    }

    /** Hands an accepted connection to the workers in turn. */
    private void accept(ServerSocketChannel server, ByteBuffer answer) throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            Worker worker = workers.get(Math.floorMod(next.getAndIncrement(), workers.size()));
            SocketChannel accepted = channel;
            worker.register(() -> accepted.register(worker.selector, SelectionKey.OP_READ, new Connection(accepted, answer)));
        }
    }

    private interface Registration {
        Object register() throws IOException;
    }

    private final class Worker implements Runnable {

        final Selector selector;
        private final Queue<Registration> registrations = new ConcurrentLinkedQueue<>();

        Worker(Selector selector) {
            this.selector = selector;
        }

        void register(Registration registration) {
            registrations.add(registration);
            selector.wakeup();
        }

        @Override
        public void run() {
            try {
                while (selector.isOpen()) {
                    selector.select();
                    Registration registration;
                    while ((registration = registrations.poll()) != null) {
                        registration.register();
                    }
                    for (SelectionKey key : selector.selectedKeys()) {
                        handle(key);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (ClosedSelectorException e) {
                // closed
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void handle(SelectionKey key) throws IOException {
            if (!key.isValid()) {
                return;
            }
            if (key.isAcceptable()) {
                accept((ServerSocketChannel) key.channel(), (ByteBuffer) key.attachment());
                return;
            }
            Connection connection = (Connection) key.attachment();
            try {
                if (key.isWritable() && connection.flush()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
                if (key.isValid() && key.isReadable()) {
                    if (!connection.read()) {
                        key.channel().close();
                    } else if (!connection.flush()) {
                        key.interestOps(SelectionKey.OP_WRITE);
                    }
                }
            } catch (IOException e) {
                // the client went away mid-answer: nothing to tell anyone
                key.channel().close();
            }
        }
    }

    /** One client connection: finds where each request ends and owes it one answer. */
    private static final class Connection {

        private final SocketChannel channel;
        private final ByteBuffer answer;
        private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
        private ByteBuffer out;
        private long bodyLeft;
        private int owed;

        Connection(SocketChannel channel, ByteBuffer answer) {
            this.channel = channel;
            this.answer = answer;
        }

        /** Reads what has arrived; false when the connection is to be closed. */
        boolean read() throws IOException {
            if (channel.read(in) < 0) {
                return false;
            }
            in.flip();
            while (true) {
                if (bodyLeft > 0) {
                    int skipped = (int) Math.min(bodyLeft, in.remaining());
                    in.position(in.position() + skipped);
                    bodyLeft -= skipped;
                    if (bodyLeft > 0) {
                        break;
                    }
                    owed++;
                    continue;
                }
                int end = headerEnd();
                if (end < 0) {
                    break;
                }
                long length = contentLength(end);
                in.position(end);
                if (length < 0) {
                    // best effort: the answers owed, then the refusal, then the connection closes
                    flush();
                    channel.write(ByteBuffer.wrap(LENGTH_REQUIRED));
                    return false;
                } else if (length == 0) {
                    owed++;
                } else {
                    bodyLeft = length;
                }
            }
            in.compact();
            if (!in.hasRemaining()) {
                if (in.capacity() >= MAX_HEADER_BYTES) {
                    return false;
                }
                in = ByteBuffer.allocate(in.capacity() * 2).put(in.flip());
            }
            return true;
        }

        /** Writes the answers owed; false while the socket cannot take more. */
        boolean flush() throws IOException {
            while (true) {
                if (out == null) {
                    if (owed > 0) {
                        owed--;
                        out = answer.duplicate();
                    } else {
                        return true;
                    }
                }
                channel.write(out);
                if (out.hasRemaining()) {
                    return false;
                }
                out = null;
            }
        }

        /** The index just past the blank line that ends the header block, or -1 when it has not all arrived. */
        private int headerEnd() {
            for (int i = in.position() + 3; i < in.limit(); i++) {
                if (in.get(i) == '\n' && in.get(i - 1) == '\r' && in.get(i - 2) == '\n' && in.get(i - 3) == '\r') {
                    return i + 1;
                }
            }
            return -1;
        }

        /** The request's Content-Length (0 when absent), or -1 for a chunked body. */
        private long contentLength(int end) {
            long length = 0;
            for (int line = in.position(); line < end; line = nextLine(line, end)) {
                if (startsWithIgnoreCase(line, end, "content-length:")) {
                    length = 0;
                    for (int i = line + "content-length:".length(); i < end; i++) {
                        byte b = in.get(i);
                        if (b >= '0' && b <= '9') {
                            length = length * 10 + (b - '0');
                        } else if (b != ' ' && b != '\t') {
                            break;
                        }
                    }
                } else if (startsWithIgnoreCase(line, end, "transfer-encoding:")) {
                    return -1;
                }
            }
            return length;
        }

        private int nextLine(int from, int end) {
            for (int i = from; i < end; i++) {
                if (in.get(i) == '\n') {
                    return i + 1;
                }
            }
            return end;
        }

        private boolean startsWithIgnoreCase(int at, int end, String prefix) {
            if (at + prefix.length() > end) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (Character.toLowerCase((char) in.get(at + i)) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
