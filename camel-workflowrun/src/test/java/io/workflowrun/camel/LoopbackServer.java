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
package io.workflowrun.camel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw TCP server on an ephemeral port of 127.0.0.1 that misbehaves as a test tells it, one connection at a time on
 * a thread of its own: the peers a real network has and the simulator is too kind to be. Every behaviour is bounded
 * (it stops when the client goes away, or after a set amount), so a client that never gives up cannot hang the test.
 */
final class LoopbackServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    LoopbackServer(Behaviour behaviour) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    accepted.incrementAndGet();
                    open.add(socket);
                    threads.execute(() -> {
                        try (socket) {
                            behaviour.serve(socket);
                        } catch (IOException | InterruptedException e) {
                            // the client went away: that is how the endless behaviours end
                        } finally {
                            open.remove(socket);
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far. */
    int accepted() {
        return accepted.get();
    }

    /** Waits, up to a generous deadline, until no connection is open any more (the client dropped them all). */
    boolean awaitAllClosed(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return open.isEmpty();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
        threads.shutdownNow();
    }

    // ---- behaviours

    /** Reads an HTTP request: its head, and as many body bytes as its Content-Length says. */
    static String readRequest(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the client closed before a whole request");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(length);
        return text;
    }

    /**
     * Answers each request with this status and content type, and a chunked body of {@code prefix} then filler, sent as
     * fast as the client reads, until the client goes away (or {@code atMostBytes} are sent).
     */
    static Behaviour endlessBody(int status, String contentType, String prefix, long atMostBytes) {
        return socket -> {
            readRequest(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 " + status + " Whatever\r\nContent-Type: " + contentType + "\r\nX-Request-Id: req-endless\r\n"
                       + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            chunk(out, prefix.getBytes(StandardCharsets.UTF_8));
            byte[] filler = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent < atMostBytes; sent += filler.length) {
                chunk(out, filler);
            }
        };
    }

    private static void chunk(OutputStream out, byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Answers each request with this head, then its body one byte every {@code everyMillis}, for as long as the client
     * listens (and at most {@code body}'s length).
     */
    static Behaviour trickle(String head, byte[] body, long everyMillis) {
        return socket -> {
            readRequest(socket);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (byte b : body) {
                Thread.sleep(everyMillis);
                out.write(b);
                out.flush();
            }
        };
    }

    /** Accepts the connection and says nothing, until the client gives up (or a minute passes). */
    static Behaviour silent() {
        return socket -> {
            socket.setSoTimeout(60_000);
            while (socket.getInputStream().read() >= 0) {
                // swallow whatever comes (a TLS ClientHello), answer nothing
            }
        };
    }

    /** Answers whatever first arrives (a TLS ClientHello) as a plain HTTP server would: 400, then closes. */
    static Behaviour plainHttp() {
        return socket -> {
            socket.getInputStream().read(new byte[1024]);
            socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        };
    }
}
