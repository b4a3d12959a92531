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

import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
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
import io.workflowrun.simulator.RunState;
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

    /** Kills one of the client's I/O threads with an Error, as an OutOfMemoryError in the middle of reading an answer would. */
    private static void killAnIoThread(HttpTransport transport) throws Exception {
        try (LoopbackServer server = new LoopbackServer(socket -> {
            LoopbackServer.readRequest(socket);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 15\r\n\r\n"
                                            + "data: {\"a\":1}\n\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().read();
        })) {
            HttpCall call = new HttpCall("POST", URI.create("http://127.0.0.1:" + server.port() + "/v1/run"), Map.of(), new byte[0], true);
            transport.stream(call, new HttpTransport.Limits(1000, 2000, 1024), event -> {
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
            while (transport.isUsable() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(transport.isUsable()).as("the client knows it lost an I/O thread").isFalse();
        }
    }

    @Test
    void aDeadIoThreadGetsTheClientReplacedForTheNextCalls() throws Exception {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        HttpTransport first = component.transport();
        assertThat(send(difySimulator(), null).getException()).isNull();

        killAnIoThread(first);

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
    void stoppingTheContextStaysQuickAfterAnIoThreadDied() throws Exception {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        assertThat(send(difySimulator(), null).getException()).isNull();
        killAnIoThread(component.transport());

        // no call since: the component stops the broken client itself
        long start = System.nanoTime();
        context.stop();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("stop took").isLessThan(5_000);
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

    @Test
    void stoppingAnswersAnExchangeStillWaitingForItsNextPoll() throws Exception {
        simulator.setOutcome("5eb7cf5a86d9755df3a6c593", RunState.RUNNING);
        Producer producer = context.getEndpoint("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?teamId=t&apiKey="
                                                + WorkflowRunSimulator.API_KEY + "&waitForCompletion=true&pollInterval=60000&maxPollInterval=60000&baseUrl="
                                                + simulator.baseUrl("interactly")).createProducer();
        producer.start();
        Exchange exchange = new DefaultExchange(context);
        CountDownLatch done = new CountDownLatch(1);
        AsyncProcessorConverterHelper.convert(producer).process(exchange, doneSync -> done.countDown());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (simulator.runs("interactly").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(simulator.runs("interactly")).hasSize(1);

        // the first poll is a minute away: the timer's stop must not leave the exchange waiting for it for ever
        context.getShutdownStrategy().setTimeout(1);
        context.stop();

        assertThat(done.await(10, TimeUnit.SECONDS)).as("the waiting exchange was answered").isTrue();
        assertThat(exchange.getException()).isInstanceOf(WorkflowRunTimeoutException.class)
                .hasMessageContaining("interactly run " + simulator.runs("interactly").get(0).runId())
                .hasMessageContaining("component began stopping");
        assertThat(((WorkflowRunTimeoutException) exchange.getException()).isComponentStopping()).isTrue();
        assertThat(exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("interactly").get(0).runId());
    }
}
