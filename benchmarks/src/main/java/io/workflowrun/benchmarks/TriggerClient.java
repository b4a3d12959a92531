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

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.ProviderClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;

/** One way of sending triggers, measured by {@link TriggerLoad}: kept open for the whole run, used slice by slice. */
interface TriggerClient extends AutoCloseable {

    /** Work done before a slice's clock starts (the raw client signs its requests here). */
    default void prepare(int from, int count) throws Exception {
    }

    /** Starts trigger number {@code index}; it reports its end to {@code done}, with its failure or null. */
    void start(int index, Consumer<Throwable> done) throws Exception;

    @Override
    default void close() throws Exception {
    }

    /** The component through a Camel route ({@code direct:<provider>} to the endpoint), asynchronously. */
    static TriggerClient component(CamelContext camel, String provider) throws Exception {
        AsyncProducer producer = camel.getEndpoint("direct:" + provider).createAsyncProducer();
        producer.start();
        return new TriggerClient() {
            @Override
            public void start(int index, Consumer<Throwable> done) {
                Exchange exchange = new DefaultExchange(camel);
                exchange.getMessage().setBody(Map.of("n", index));
                producer.process(exchange, doneSync -> done.accept(exchange.getException()));
            }

            @Override
            public void close() {
                producer.stop();
            }
        };
    }

    /**
     * The practical floor: the requests the component's own provider client builds and signs, made before the clock
     * starts and replayed by a bare HttpClient 5 async client that reads the whole answer but parses nothing (it checks
     * the status code only).
     */
    static TriggerClient raw(String provider, String baseUrl) {
        ProviderClient builder = Providers.bind(provider, baseUrl);
        CloseableHttpAsyncClient http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(512).setMaxConnPerRoute(256).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
        http.start();
        List<SimpleHttpRequest> requests = new ArrayList<>();
        return new TriggerClient() {
            private int first;

            @Override
            public void prepare(int from, int count) {
                requests.clear();
                first = from;
                Instant now = Instant.now();
                for (int i = from; i < from + count; i++) {
                    requests.add(HttpTransport.toRequest(builder.call(Providers.trigger(provider, i, now))));
                }
            }

            @Override
            public void start(int index, Consumer<Throwable> done) {
                http.execute(SimpleRequestProducer.create(requests.get(index - first)), SimpleResponseConsumer.create(),
                        new FutureCallback<SimpleHttpResponse>() {
                            @Override
                            public void completed(SimpleHttpResponse response) {
                                done.accept(response.getCode() == 200 ? null : new IllegalStateException("HTTP " + response.getCode()));
                            }

                            @Override
                            public void failed(Exception e) {
                                done.accept(e);
                            }

                            @Override
                            public void cancelled() {
                                done.accept(new IllegalStateException("cancelled"));
                            }
                        });
            }

            @Override
            public void close() throws Exception {
                http.close();
            }
        };
    }

    /** The official SDK, blocking, on a pool of as many threads as calls in flight. */
    static TriggerClient sdk(String provider, int port, int concurrency) throws Exception {
        SdkCalls.Call call = SdkCalls.forProvider(provider, port);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        return new TriggerClient() {
            @Override
            public void start(int index, Consumer<Throwable> done) {
                pool.execute(() -> {
                    try {
                        call.trigger(index);
                        done.accept(null);
                    } catch (Exception e) {
                        done.accept(e);
                    }
                });
            }

            @Override
            public void close() {
                pool.shutdownNow();
            }
        };
    }
}
