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

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is read from one answer is bounded by {@code maxResponseSize}: a server that sends without end, as fast as it
 * can, fails only its own exchange, with an error that names the bound, and every other endpoint carries on.
 */
class ResponseSizeBoundTest extends SimulatorTestSupport {

    /** Small, so that the test proves the bound rather than the heap's size. */
    private static final int LIMIT = 64 * 1024;
    /** Where a server gives up, should a client never stop reading (without the bound, it reads all of it). */
    private static final long AT_MOST = 512L * 1024 * 1024;

    private static String dify(LoopbackServer server, String more) {
        return "workflowrun:dify?apiKey=k&user=u&maxResponseSize=" + LIMIT + "&retryDelay=5&maxRetryDelay=10&baseUrl=http://127.0.0.1:"
               + server.port() + "/v1" + more;
    }

    private static LoopbackServer endless(int status, String contentType, String prefix) throws Exception {
        return new LoopbackServer(LoopbackServer.endlessBody(status, contentType, prefix, AT_MOST));
    }

    /** The simulator, another endpoint of the same component: it must be unaffected. */
    private void otherEndpointsStillWork() {
        Exchange out = send("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"),
                Map.of("k", "v"));
        assertThat(out.getException()).as("a call to another provider endpoint").isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isNotNull();
    }

    @Test
    void anEndlessSuccessAnswerToATriggerFailsThatExchangeAsMaybeStartedNamingTheBound() throws Exception {
        try (LoopbackServer server = endless(200, "application/json", "{\"workflow_run_id\":\"r-1\",\"data\":{\"outputs\":{\"text\":\"")) {
            for (int call = 1; call <= 2; call++) {
                long start = System.nanoTime();
                Exchange out = send(dify(server, ""), Map.of("k", "v"));

                assertThat(out.getException()).as("call %d", call).isInstanceOf(WorkflowRunMaybeStartedException.class);
                WorkflowRunMaybeStartedException e = (WorkflowRunMaybeStartedException) out.getException();
                assertThat(e.getMessage()).contains("maxResponseSize").contains(LIMIT + " bytes").contains("HTTP 200");
                assertThat(e.getHttpStatus()).isEqualTo(200);
                assertThat(e.getRequestId()).isEqualTo("req-endless");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("fails as soon as the bound is passed")
                        .isLessThan(5_000);
                assertThat(server.awaitAllClosed(10_000)).as("the connection is dropped").isTrue();
                // the bound failed this exchange only: the shared client goes on for everyone else
                otherEndpointsStillWork();
            }
            assertThat(server.accepted()).as("a trigger that may have started is not sent again").isEqualTo(2);
        }
    }

    @Test
    void anEndlessErrorAnswerIsAProviderErrorNamingTheBound() throws Exception {
        try (LoopbackServer server = endless(500, "text/html", "<html>")) {
            WorkflowRunException e = providerError(dify(server, "&maxAttempts=1"), null);

            assertThat(e.getHttpStatus()).isEqualTo(500);
            assertThat(e.getMessage()).contains("maxResponseSize").contains(LIMIT + " bytes");
            assertThat(e.getRequestId()).isEqualTo("req-endless");
        }
        otherEndpointsStillWork();
    }

    @Test
    void anEndlessSuccessAnswerToAStatusCallIsAnErrorThatIsNotSentAgain() throws Exception {
        try (LoopbackServer server = endless(200, "application/json", "{\"id\":\"r-1\",\"status\":\"running\",\"outputs\":{\"t\":\"")) {
            Exchange out = template.request(dify(server, "&maxAttempts=3"), e -> {
                e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
                e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "r-1");
            });

            assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
            assertThat(out.getException().getMessage()).contains("maxResponseSize");
            assertThat(server.accepted()).as("the same answer would come again").isEqualTo(1);
        }
        otherEndpointsStillWork();
    }

    @Test
    void anEventStreamLineWithoutEndIsBoundedToo() throws Exception {
        try (LoopbackServer server = endless(200, "text/event-stream", "event: ping\ndata: ")) {
            Exchange out = send(dify(server, "&responseMode=streaming"), Map.of("k", "v"));

            assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(out.getException().getMessage()).contains("maxResponseSize").contains(LIMIT + " bytes");
        }
        otherEndpointsStillWork();
    }

    @Test
    void anEndlessAnswerThatIsNotAStreamIsBoundedOnAStreamingCall() throws Exception {
        try (LoopbackServer server = endless(400, "application/json", "{\"code\":\"invalid_param\",\"message\":\"")) {
            Exchange out = send(dify(server, "&responseMode=streaming&maxAttempts=1"), Map.of("k", "v"));

            assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
            assertThat(((WorkflowRunException) out.getException()).getHttpStatus()).isEqualTo(400);
            assertThat(out.getException().getMessage()).contains("maxResponseSize");
        }
        otherEndpointsStillWork();
    }

    @Test
    void manyEndlessAnswersAtOnceLeaveTheClientWorking() throws Exception {
        try (LoopbackServer server = endless(200, "application/json", "{\"outputs\":\"")) {
            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(template.asyncSend(dify(server, ""), e -> e.getMessage().setBody(Map.of("n", 1))));
            }
            for (CompletableFuture<Exchange> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS).getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            }
        }
        otherEndpointsStillWork();
    }

    @Test
    void answerWithinTheBoundIsRead() throws Exception {
        String output = "y".repeat(LIMIT / 2);
        simulator.injectNext("dify", io.workflowrun.simulator.SimulatorResponse.json(200, Map.of("task_id", "t-1",
                "workflow_run_id", "r-1", "data", Map.of("id", "r-1", "status", "succeeded", "outputs", Map.of("text", output)))));

        Exchange out = send("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&maxResponseSize=" + LIMIT
                            + "&baseUrl=" + simulator.baseUrl("dify"), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(WorkflowRun.class).outputs()).containsEntry("text", output);
    }

    @Test
    void theBoundMustBePositive() {
        for (String size : new String[] {"0", "-1"}) {
            assertThatThrownBy(() -> context.getEndpoint("workflowrun:dify?apiKey=k&user=u&maxResponseSize=" + size))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasMessageContaining("maxResponseSize").hasMessageContaining(size);
        }
    }
}
