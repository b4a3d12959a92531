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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.http.CallProgress;
import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP client all endpoints share survives what kills one of its I/O threads (an OutOfMemoryError there, say): the
 * component builds a new one for the next call, so no endpoint fails for good; and stopping stays quick even with a
 * server still sending.
 */
class SharedClientRecoveryTest extends SimulatorTestSupport {

    private String difySimulator() {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify");
    }

    @Test
    void aDeadIoThreadGetsTheClientReplacedForTheNextCalls() throws Exception {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        HttpTransport first = component.transport();
        assertThat(send(difySimulator(), null).getException()).isNull();

        try (LoopbackServer server = new LoopbackServer(socket -> {
            LoopbackServer.readRequest(socket);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 15\r\n\r\n"
                                            + "data: {\"a\":1}\n\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
        })) {
            HttpCall call = new HttpCall("POST", URI.create("http://127.0.0.1:" + server.port() + "/v1/run"), Map.of(), new byte[0], true);
            // an Error on an I/O thread, as an OutOfMemoryError in the middle of reading an answer would be
            first.stream(call, new HttpTransport.Limits(1000, 2000, 1024), event -> {
                throw new OutOfMemoryError("simulated: the heap ran out while reading an answer");
            }, new CallProgress(), new FutureCallback<HttpReply>() {
                @Override
                public void completed(HttpReply result) {
                }

                @Override
                public void failed(Exception ex) {
                }

                @Override
                public void cancelled() {
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (first.isUsable() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(first.isUsable()).as("the client knows it lost an I/O thread").isFalse();
        }

        // several connections at once: some would land on the dead thread's reactor
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(template.asyncSend(difySimulator(), e -> e.getMessage().setBody(Map.of("n", 1))));
        }
        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(component.transport()).isNotSameAs(first);
    }

    @Test
    void stoppingTheContextStaysQuickWhileAServerIsStillSending() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.trickle(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n", new byte[100_000], 50))) {
            // sent straight to the producer: the template's own executor is stopped with the context, and what it
            // would report of the exchange then depends on which of the two stops first
            Producer producer = context.getEndpoint(
                    "workflowrun:dify?apiKey=k&user=u&requestTimeout=60000&baseUrl=http://127.0.0.1:" + server.port() + "/v1")
                    .createProducer();
            producer.start();
            Exchange exchange = new DefaultExchange(context);
            CountDownLatch done = new CountDownLatch(1);
            AsyncProcessorConverterHelper.convert(producer).process(exchange, doneSync -> done.countDown());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.accepted() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            long start = System.nanoTime();
            context.getShutdownStrategy().setTimeout(1);
            context.stop();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("stop took").isLessThan(5_000);
            assertThat(done.await(10, TimeUnit.SECONDS)).as("the pending exchange was answered").isTrue();
            assertThat(exchange.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        }
    }
}
