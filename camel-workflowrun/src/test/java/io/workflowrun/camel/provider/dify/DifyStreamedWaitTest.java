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
package io.workflowrun.camel.provider.dify;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.http.ResponseDeadlineException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed wait (Dify {@code responseMode=streaming} with {@code waitForCompletion}) is a wait like any other: bounded
 * by waitTimeout, carried on by polling when the stream ends before the outcome (a pause, a drop), and honest about a
 * paused run.
 */
class DifyStreamedWaitTest extends SimulatorTestSupport {

    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private String streamedWait(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=abc-123&responseMode=streaming"
               + "&waitForCompletion=true" + FAST_POLL + "&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    /** Sends and waits for the exchange with a bound, so that a wait that never ends fails the test instead of hanging it. */
    private Exchange sendBounded(String uri) throws Exception {
        CompletableFuture<Exchange> answer = template.asyncSend(uri, e -> e.getMessage().setBody(Map.of("q", 1)));
        return answer.get(20, TimeUnit.SECONDS);
    }

    private long polls() {
        return simulator.requests("dify").stream().filter(r -> r.request().method().equals("GET")).count();
    }

    @Test
    void aStreamThatOutlastsWaitTimeoutEndsTheWaitWithTheRunId() throws Exception {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        long start = System.nanoTime();

        Exchange out = sendBounded(streamedWait("&waitTimeout=300"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunTimeoutException.class);
        WorkflowRunTimeoutException e = (WorkflowRunTimeoutException) out.getException();
        String runId = simulator.runs("dify").get(0).runId();
        assertThat(e.getRunId()).isEqualTo(runId);
        assertThat(e.getMessage()).contains(runId).contains("may still be running");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPausedRunIsWaitingAndTheWaitPollsOnUntilWaitTimeout() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setWaiting(Duration.ofMinutes(10));

        Exchange out = sendBounded(streamedWait("&waitTimeout=600"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunTimeoutException.class);
        WorkflowRunTimeoutException e = (WorkflowRunTimeoutException) out.getException();
        assertThat(e.getLastSeen().status()).isEqualTo(RunStatus.WAITING);
        assertThat(e.getMessage()).contains("WAITING");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.WAITING);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("paused");
        assertThat(polls()).as("status polls after the stream closed on the pause").isPositive();
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void aRunThatResumesAfterItsPauseEndsTheWaitWithItsOutcome() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(30));
        simulator.setWaiting(Duration.ofMillis(300));

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getBody(WorkflowRun.class).outputs()).containsEntry("q", 1);
        assertThat(out.getMessage().getHeader(DifyConstants.TASK_ID)).as("the stream's task ID stays").isNotNull();
        assertThat(polls()).isPositive();
    }

    @Test
    void aStreamCutAfterTheRunStartedIsFollowedByPollingToTheOutcome() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(200));
        simulator.injectNext("dify", Fault.truncatedBody());

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
        assertThat(simulator.runs("dify")).as("never sent again").hasSize(1);
        assertThat(polls()).isPositive();
    }

    @Test
    void aStreamCutByRequestTimeoutAfterTheRunStartedIsFollowedByPollingToTheOutcome() throws Exception {
        // the run outlasts requestTimeout, the deadline of one call, stream included: the stream is cut at 300 ms
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(1_200));
        long start = System.nanoTime();

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000&requestTimeout=300"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
        assertThat(out.getMessage().getBody(WorkflowRun.class).outputs()).containsEntry("q", 1);
        assertThat(out.getMessage().getHeader(DifyConstants.TASK_ID)).as("the stream's task ID stays").isNotNull();
        assertThat(simulator.runs("dify")).as("never sent again").hasSize(1);
        assertThat(polls()).as("status polls after the deadline cut the stream").isPositive();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aStreamCutByRequestTimeoutBeforeTheRunIdIsKnownMayHaveStartedARun() throws Exception {
        // the answer is held back past requestTimeout: no workflow_started, so no run ID, before the deadline
        simulator.injectNext("dify", Fault.delay(Duration.ofSeconds(3)));

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000&requestTimeout=300"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class)
                .hasCauseInstanceOf(ResponseDeadlineException.class);
        assertThat(simulator.requests("dify")).as("not sent again").hasSize(1);
        assertThat(polls()).isZero();
    }

    @Test
    void aStreamCutBeforeTheRunIdIsKnownMayHaveStartedARun() throws Exception {
        simulator.injectNext("dify", Fault.dropAfterRun());

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(simulator.requests("dify")).as("not sent again").hasSize(1);
    }

    @Test
    void noRunIdBeforeWaitTimeoutMayHaveStartedARun() throws Exception {
        simulator.injectNext("dify", Fault.delay(Duration.ofSeconds(3)));
        long start = System.nanoTime();

        Exchange out = sendBounded(streamedWait("&waitTimeout=300"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class)
                .hasMessageContaining("waitTimeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(simulator.requests("dify")).as("not sent again").hasSize(1);
    }

    @Test
    void aTriggerStillWaitingForItsRateLimitSlotAtWaitTimeoutIsNeverSent() throws Exception {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        String uri = streamedWait("&waitTimeout=300&rateLimit=0.5");

        Exchange first = sendBounded(uri);
        Exchange second = sendBounded(uri);

        assertThat(first.getException()).isInstanceOf(WorkflowRunTimeoutException.class);
        assertThat(second.getException()).hasMessageContaining("not sent").hasMessageContaining("no run was started");
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void aStreamThatEndsOnTimeNeedsNoPoll() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(100));

        Exchange out = sendBounded(streamedWait("&waitTimeout=10000"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(polls()).isZero();
    }
}
