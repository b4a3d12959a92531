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
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.workflowrun.camel.http.ResponseDeadlineException;
import io.workflowrun.camel.spi.RunRequest;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's contract with its callers: every call comes to one outcome (a future, completed once by its nature),
 * whichever way it ends (an answer, its answer deadline, the component's stop, or the caller giving it up), and leaves
 * nothing owed behind: no call or timer task that a stop would still have to answer, no deadline left on the timer.
 * Each attempt answers the sender once, though its connection's end may come after the deadline did. A call given up
 * before its turn is never sent, and the caller is told whether it had gone out.
 */
class CallSenderTest extends CamelTestSupport {

    private static final String WORKFLOW = "5eb7cf5a86d9755df3a6c593";
    private static final String RUN = "{\"run_id\": \"run-1\", \"status\": \"running\"}";

    @Test
    void anAnswerIsTheOutcome() throws Exception {
        try (LoopbackServer server = new LoopbackServer(answering(RUN))) {
            Caller caller = new Caller(server, "");
            Sending sending = caller.trigger();

            Sending.Outcome outcome = caller.await(sending);
            assertThat(outcome.failure()).isNull();
            assertThat(outcome.run().runId()).isEqualTo("run-1");
            caller.assertNothingOwed();
        }
    }

    @Test
    void theAnswerDeadlineEndsTheCallAsMayHaveStarted() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
            Caller caller = new Caller(server, "&requestTimeout=300");
            Sending sending = caller.trigger();

            Sending.Outcome outcome = caller.await(sending);
            assertThat(outcome.failure()).isInstanceOf(WorkflowRunMaybeStartedException.class)
                    .hasCauseInstanceOf(ResponseDeadlineException.class);
            assertThat(outcome.resendable()).isFalse();
            caller.assertNothingOwed();
        }
    }

    @Test
    void theStopEndsACallInFlight() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
            Caller caller = new Caller(server, "&requestTimeout=60000");
            Sending sending = caller.trigger();
            awaitAccepted(server, 1);

            caller.component.stop();
            Sending.Outcome outcome = caller.await(sending);
            assertThat(outcome.failure()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(caller.component.pending().isEmpty()).as("nothing owed after the stop").isTrue();
        }
    }

    @Test
    void theStopEndsACallWaitingForItsTurnUnsent() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
            // two calls a second: the second waits half a second for its slot
            Caller caller = new Caller(server, "&requestTimeout=60000&rateLimit=2");
            Sending first = caller.trigger();
            Sending second = caller.trigger();
            awaitAccepted(server, 1);

            caller.component.stop();
            assertThat(caller.await(second).failure()).isInstanceOf(WorkflowRunNotSentException.class)
                    .hasMessageContaining("the component is stopping");
            assertThat(caller.await(first).failure()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(server.accepted()).as("connections").isEqualTo(1);
            assertThat(caller.component.pending().isEmpty()).as("nothing owed after the stop").isTrue();
        }
    }

    @Test
    void aCallGivenUpBeforeItsTurnIsNeverSent() throws Exception {
        try (LoopbackServer server = new LoopbackServer(answering(RUN))) {
            Caller caller = new Caller(server, "&rateLimit=2");
            Sending first = caller.trigger();
            Sending second = caller.trigger();

            assertThat(second.abandon()).as("whether the second had gone out").isFalse();
            assertThat(caller.await(second).failure()).isInstanceOf(WorkflowRunNotSentException.class)
                    .hasMessageContaining("no longer wanted");
            assertThat(caller.await(first).run().runId()).isEqualTo("run-1");
            assertThat(first.abandon()).as("whether the first had gone out").isTrue();
            assertThat(server.accepted()).as("connections").isEqualTo(1);
            caller.assertNothingOwed();
        }
    }

    @Test
    void anAttemptAnswersOnceThoughItsConnectionEndsAfterItsDeadline() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
            Caller caller = new Caller(server, "&requestTimeout=200");
            RunRequest request = caller.request();
            AtomicInteger answers = new AtomicInteger();
            CountDownLatch answered = new CountDownLatch(1);
            new CallAttempt("interactly", caller.endpoint.getProviderClient(), caller.endpoint.limits(), request,
                    caller.endpoint.getProviderClient().call(request), new Sending(), (run, failure) -> {
                        answers.incrementAndGet();
                        answered.countDown();
                    }).start(caller.component);

            assertThat(answered.await(10, TimeUnit.SECONDS)).as("answered").isTrue();
            // the deadline answers, then drops the connection: the client's own end of the call must not answer again
            assertThat(server.awaitAllClosed(10_000)).as("connection dropped").isTrue();
            assertThat(answers).hasValue(1);
            caller.assertNothingOwed();
        }
    }

    private static void awaitAccepted(LoopbackServer server, int connections) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.accepted() < connections && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.accepted()).as("connections").isEqualTo(connections);
    }

    /** Answers each request with this JSON, HTTP 200. */
    private static LoopbackServer.Behaviour answering(String json) {
        return socket -> {
            LoopbackServer.readRequest(socket);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        };
    }

    /** A caller of one endpoint's sender, as the producer and the waiter are. */
    private final class Caller {

        final WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        final WorkflowRunEndpoint endpoint;
        final CallSender sender;

        Caller(LoopbackServer server, String options) {
            endpoint = context.getEndpoint("workflowrun:interactly:" + WORKFLOW + "?apiKey=key&teamId=team&baseUrl=http://127.0.0.1:"
                                           + server.port() + options, WorkflowRunEndpoint.class);
            sender = new CallSender(endpoint);
        }

        RunRequest request() {
            return new RunRequest(WorkflowRunOperation.trigger, WORKFLOW, null, Map.of("n", 1), Map.of(), Instant.now());
        }

        Sending trigger() {
            RunRequest request = request();
            return sender.send(request, endpoint.getProviderClient().call(request));
        }

        Sending.Outcome await(Sending sending) throws Exception {
            return sending.outcome().get(10, TimeUnit.SECONDS);
        }

        void assertNothingOwed() {
            assertThat(component.pending().isEmpty()).as("calls or timer tasks still owed an answer").isTrue();
            assertThat(WorkflowRunComponent.timerOf(component.scheduler()).getQueue()).as("timer tasks left").isEmpty();
        }
    }
}
