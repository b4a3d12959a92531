package io.workflowrun.camel;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.http.CallProgress;
import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
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
            CompletableFuture<Exchange> pending = template.asyncSend(
                    "workflowrun:dify?apiKey=k&user=u&requestTimeout=60000&baseUrl=http://127.0.0.1:" + server.port() + "/v1",
                    e -> e.getMessage().setBody(null));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.accepted() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }

            long start = System.nanoTime();
            context.getShutdownStrategy().setTimeout(1);
            context.stop();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("stop took").isLessThan(5_000);
            assertThat(pending.get(10, TimeUnit.SECONDS).getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        }
    }
}
