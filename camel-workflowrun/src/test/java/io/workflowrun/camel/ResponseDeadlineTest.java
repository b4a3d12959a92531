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
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.http.ResponseDeadlineException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code requestTimeout} bounds the whole answer, not the gap between two reads: a server that trickles a byte every
 * 100 ms, or an event stream kept alive by pings, is cut off at about requestTimeout.
 */
class ResponseDeadlineTest extends SimulatorTestSupport {

    private static final int REQUEST_TIMEOUT = 500;
    /** One byte every 100 ms for 20 s at most: far longer than the deadline, bounded all the same. */
    private static final byte[] SLOW_BODY = "{\"task_id\":\"t\",\"workflow_run_id\":\"r-1\",\"data\":{\"status\":\"succeeded\"}}           "
            .repeat(3).getBytes(StandardCharsets.US_ASCII);

    private static String dify(LoopbackServer server, String more) {
        return "workflowrun:dify?apiKey=k&user=u&requestTimeout=" + REQUEST_TIMEOUT + "&retryDelay=5&maxRetryDelay=10"
               + "&baseUrl=http://127.0.0.1:" + server.port() + "/v1" + more;
    }

    private static LoopbackServer trickling() throws Exception {
        return new LoopbackServer(LoopbackServer.trickle("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                                         + SLOW_BODY.length + "\r\n\r\n", SLOW_BODY, 100));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void aTrickledAnswerToATriggerIsCutOffAtTheDeadlineAsMaybeStarted() throws Exception {
        try (LoopbackServer server = trickling()) {
            long start = System.nanoTime();
            Exchange out = send(dify(server, ""), Map.of("k", "v"));
            long took = millisSince(start);

            assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(out.getException().getCause()).as("told apart from a dropped connection")
                    .isInstanceOf(ResponseDeadlineException.class);
            assertThat(out.getException().getMessage()).contains("requestTimeout").contains(REQUEST_TIMEOUT + " ms");
            assertThat(took).as("cut off at about requestTimeout").isBetween((long) REQUEST_TIMEOUT - 50, 3_000L);
            assertThat(server.awaitAllClosed(5_000)).as("the connection is dropped").isTrue();
            assertThat(server.accepted()).as("a trigger that may have started is not sent again").isEqualTo(1);
        }
    }

    @Test
    void aTrickledAnswerToAStatusCallIsCutOffAndSentAgain() throws Exception {
        try (LoopbackServer server = trickling()) {
            long start = System.nanoTime();
            Exchange out = template.request(dify(server, "&maxAttempts=2"), e -> {
                e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
                e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "r-1");
            });
            long took = millisSince(start);

            assertThat(out.getException()).isInstanceOf(WorkflowRunTransportException.class)
                    .isNotInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(((WorkflowRunTransportException) out.getException()).isRequestSent()).isTrue();
            assertThat(out.getException().getCause()).isInstanceOf(ResponseDeadlineException.class);
            assertThat(server.accepted()).as("a status call is resent").isEqualTo(2);
            assertThat(took).isBetween(2L * REQUEST_TIMEOUT - 50, 6_000L);
        }
    }

    @Test
    void pingsDoNotKeepAnEventStreamAlivePastTheDeadline() throws Exception {
        byte[] pings = "event: ping\n\n".repeat(200).getBytes(StandardCharsets.US_ASCII);
        // one byte every 10 ms: a ping about every 130 ms, as Dify sends one every 10 s, only faster
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.trickle(
                "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n",
                pings, 10))) {
            long start = System.nanoTime();
            Exchange out = send(dify(server, "&responseMode=streaming"), Map.of("k", "v"));
            long took = millisSince(start);

            assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(out.getException().getCause()).isInstanceOf(ResponseDeadlineException.class);
            assertThat(took).isBetween((long) REQUEST_TIMEOUT - 50, 3_000L);
        }
    }

    @Test
    void anAnswerWithinTheDeadlineIsRead() throws Exception {
        byte[] body = "{\"task_id\":\"t\",\"workflow_run_id\":\"r-1\",\"data\":{\"status\":\"succeeded\"}}".getBytes(StandardCharsets.US_ASCII);
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.trickle(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n", body, 1))) {
            Exchange out = send(dify(server, "").replace("requestTimeout=" + REQUEST_TIMEOUT, "requestTimeout=10000"), null);

            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("r-1");
        }
    }
}
