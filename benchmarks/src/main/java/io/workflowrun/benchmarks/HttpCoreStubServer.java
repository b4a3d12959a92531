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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.nio.support.BasicServerExchangeHandler;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/** An HttpCore 5 async server (already on the class path with HttpClient 5): the stub kind {@code httpcore}. */
final class HttpCoreStubServer implements StubServer {

    private final int threads;
    private final List<HttpAsyncServer> servers = new ArrayList<>();

    HttpCoreStubServer(int threads) {
        this.threads = threads;
    }

    @Override
    public int listen(CannedAnswer answer) throws IOException {
        ContentType contentType = answer.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Type"))
                .findFirst().map(h -> ContentType.parse(h.getValue())).orElse(ContentType.APPLICATION_JSON);
        AsyncServerRequestHandler<Message<HttpRequest, Void>> handler = new AsyncServerRequestHandler<>() {
            @Override
            public AsyncRequestConsumer<Message<HttpRequest, Void>> prepare(
                    HttpRequest request, EntityDetails entity, HttpContext context) {
                return new BasicRequestConsumer<>(entity == null ? null : new DiscardingEntityConsumer<>());
            }

            @Override
            public void handle(Message<HttpRequest, Void> request, ResponseTrigger trigger, HttpContext context)
                    throws HttpException, IOException {
                BasicHttpResponse response = new BasicHttpResponse(answer.status());
                for (Map.Entry<String, String> header : answer.headers()) {
                    if (!header.getKey().equalsIgnoreCase("Content-Type")) {
                        response.addHeader(header.getKey(), header.getValue());
                    }
                }
                trigger.submitResponse(new BasicResponseProducer(response, AsyncEntityProducers.create(answer.body(), contentType)),
                context);
            }
        };
        HttpAsyncServer server = AsyncServerBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(threads).setTcpNoDelay(true).build())
                // every request, whatever its Host (a registered pattern answers 421 to a host it does not know)
                .setRequestRouter((request, context) -> () -> new BasicServerExchangeHandler<>(handler))
                .create();
        server.start();
        servers.add(server);
        try {
            return ((InetSocketAddress) server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), URIScheme.HTTP)
                    .get().getAddress()).getPort();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.close(CloseMode.IMMEDIATE));
    }
}
