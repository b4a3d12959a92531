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

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's own server on a fixed pool, as the simulator uses it: the stub kind {@code jdk}. */
final class JdkStubServer implements StubServer {

    static {
        // as in the simulator: no Nagle wait on keep-alive answers, no cap on idle connections a pooling client reuses
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }

    private final ExecutorService pool;
    private final List<HttpServer> servers = new ArrayList<>();

    JdkStubServer(int threads) {
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "stub-jdk");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public int listen(CannedAnswer answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            for (Map.Entry<String, String> header : answer.headers()) {
                exchange.getResponseHeaders().add(header.getKey(), header.getValue());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        });
        server.setExecutor(pool);
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        pool.shutdownNow();
    }
}
