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
package io.workflowrun.camel.provider.tencent;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status, cancel and wait-for-completion on WeData, through routes, against the simulator's signed, stateful runs: what
 * is WeData's own (its actions, its states for a killed or ended run, its throttling in HTTP 200 answers). What every
 * provider does is in {@link TencentWeDataContractTest}.
 */
class TencentWeDataLifecycleTest extends SimulatorTestSupport {

    private static final String PROVIDER = TencentWeDataProvider.ID;
    private static final String WORKFLOW = WorkflowRunSimulator.sample(PROVIDER).workflowId();
    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(PROVIDER).uri(simulator.baseUrl(PROVIDER)) + more;
    }

    private Exchange call(String operation, String runId) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
        });
    }

    private String start() {
        Exchange started = send(uri(""), Map.of("bizdate", "20260301"));
        assertThat(started.getException()).isNull();
        return started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
    }

    private List<String> actions() {
        return simulator.requests(PROVIDER).stream().map(r -> r.request().header("X-TC-Action")).toList();
    }

    @Test
    void statusOfAPendingRunIsGetTriggerWorkflowRunsPending() {
        simulator.setTimeline(Duration.ofMinutes(5), Duration.ZERO);
        String runId = start();

        Exchange status = call("status", runId);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.PENDING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("PENDING");
        assertThat(status.getMessage().getBody(WorkflowRun.class).requestId()).isNotBlank();
        assertThat(actions()).containsExactly("CreateTriggerWorkflowRun", "GetTriggerWorkflowRun");
        assertThat(simulator.requests(PROVIDER)).allMatch(r -> r.request().header("Authorization").startsWith("TC3-HMAC-SHA256 "));
    }

    @Test
    void cancelIsKillTriggerWorkflowRunsAndTheKilledRunReadsKill() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        String runId = start();

        Exchange cancelled = call("cancel", runId);

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(actions()).containsExactly("CreateTriggerWorkflowRun", "KillTriggerWorkflowRuns");
        // WeData documents no ExecutionState for a killed run: the simulator reports KILL, one of WeData's own states
        Exchange status = call("status", runId);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("KILL");
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void aWaitOnARunThatIsKilledMeanwhileEndsCancelledBeforeWaitTimeout() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        long started = System.nanoTime();
        var waiting = template.asyncSend(uri("&waitForCompletion=true&waitTimeout=60000" + FAST_POLL), e -> e.getMessage().setBody(null));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (simulator.runs(PROVIDER).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String runId = simulator.runs(PROVIDER).get(0).runId();

        assertThat(call("cancel", runId).getException()).isNull();
        Exchange out = waiting.get(30, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        // failOnRunFailure (the default): a run that did not succeed fails the exchange, with the run
        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunFailedException.class, e -> {
            assertThat(e.getRun().status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(e.getRun().providerStatus()).isEqualTo("KILL");
            assertThat(e.getMessage()).contains(runId);
        });
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("KILL");
    }

    @Test
    void anUndocumentedStateOfARunThatHasEndedEndsAWaitAsFailed() {
        String runId = "5c4c1b53-undocumented-end";
        simulator.injectNext(PROVIDER, SimulatorResponse.json(200, Map.of("Response", Map.of(
                "Data", Map.of("WorkflowExecutionId", runId), "RequestId", "req-trigger"))));
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("ExecutionId", runId);
        brief.put("WorkflowId", WORKFLOW);
        brief.put("ExecutionState", "TERMINATED");
        brief.put("ExecutionEndTime", "1772323200000");
        simulator.injectNext(PROVIDER, SimulatorResponse.json(200,
                Map.of("Response", Map.of("Data", Map.of("TriggerWorkflowRun", brief), "RequestId", "req-status"))));

        Exchange out = send(uri("&waitForCompletion=true&waitTimeout=60000&failOnRunFailure=false" + FAST_POLL), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("TERMINATED");
        assertThat(simulator.requests(PROVIDER)).hasSize(2);
    }

    @Test
    void cancelOfAFinishedRunFailsWithWeDatasReason() {
        String runId = start();

        Exchange out = call("cancel", runId);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class)
                .hasMessageContaining(runId).hasMessageContaining("already finished");
        assertThat(simulator.stateOf(PROVIDER, runId)).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void cancelOfAnUnknownRunIsWeDatasResourceNotFound() {
        Exchange out = call("cancel", "00000000-0000-0000-0000-000000000000");

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(((WorkflowRunException) out.getException()).getErrorCode()).isEqualTo("ResourceNotFound");
    }

    @Test
    void waitForCompletionPollsWithGetTriggerWorkflowRun() {
        simulator.setTimeline(Duration.ofMillis(30), Duration.ofMillis(80));

        Exchange out = send(uri("&waitForCompletion=true" + FAST_POLL), Map.of("bizdate", "20260301"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(actions()).first().isEqualTo("CreateTriggerWorkflowRun");
        assertThat(actions().stream().filter("GetTriggerWorkflowRun"::equals).count()).as("status polls").isPositive();
    }

    @Test
    void throttledPollsAreRiddenOutNotFailedWhileTheRunGoesOn() {
        // WeData throttles with HTTP 200 and an error code: the run is fine, the wait must go on
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(100));
        String runId = "5c4c1b53-throttled-polls";
        simulator.startRun(PROVIDER, WORKFLOW, runId, Map.of());
        simulator.injectNext(PROVIDER, SimulatorResponse.json(200, Map.of("Response", Map.of(
                "Data", Map.of("WorkflowExecutionId", runId), "RequestId", "req-trigger"))));
        SimulatorResponse throttled = SimulatorResponse.json(200, Map.of("Response", Map.of(
                "Error", Map.of("Code", "RequestLimitExceeded", "Message", "The number of requests exceeds the frequency limit."),
                "RequestId", "req-throttled")));
        simulator.injectNext(PROVIDER, throttled);
        simulator.injectNext(PROVIDER, throttled);

        Exchange out = send(uri("&waitForCompletion=true&maxAttempts=1" + FAST_POLL), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(actions()).startsWith("CreateTriggerWorkflowRun", "GetTriggerWorkflowRun", "GetTriggerWorkflowRun",
                "GetTriggerWorkflowRun");
    }

    @Test
    void pollsStayWithinTheRateLimit() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(1500));

        Exchange out = send(uri("&waitForCompletion=true&rateLimit=5&pollInterval=1&maxPollInterval=1"), null);

        assertThat(out.getException()).isNull();
        List<Instant> polls = simulator.requests(PROVIDER).stream()
                .filter(r -> "GetTriggerWorkflowRun".equals(r.request().header("X-TC-Action")))
                .map(r -> r.request().receivedAt()).sorted().toList();
        // unlimited, a 1 ms poll interval would make hundreds of polls in 1.5 s
        assertThat(polls).hasSizeBetween(5, 10);
        for (Instant from : polls) {
            long inOneSecond = polls.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(1))).count();
            assertThat(inOneSecond).as("polls in the second from " + from).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void aFailedRunCarriesErrorCodeStrAsItsError() {
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("ExecutionId", "run-1");
        brief.put("WorkflowId", WORKFLOW);
        brief.put("ExecutionState", "FAILED");
        brief.put("ErrorCodeStr", "TASK_FAILED");
        simulator.injectNext(PROVIDER, SimulatorResponse.json(200,
                Map.of("Response", Map.of("Data", Map.of("TriggerWorkflowRun", brief), "RequestId", "req-1"))));

        Exchange status = call("status", "run-1");

        assertThat(status.getException()).isNull();
        WorkflowRun run = status.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("TASK_FAILED");
        assertThat(run.outputs()).isNull();
        assertThat(run.requestId()).isEqualTo("req-1");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "PENDING, false, PENDING", "RUNNING, false, RUNNING", "SUCCESS, true, SUCCEEDED", "FAILED, true, FAILED",
            "SKIPED, true, CANCELLED", "SKIP, true, CANCELLED", "KILL, true, CANCELLED", "KILL, false, CANCELLED",
            "KILLING, false, RUNNING", "EXPIRED, true, FAILED", "TERMINATED, false, null", "TERMINATED, true, FAILED",
            "null, false, null", "null, true, null" })
    void executionStatesMapToTheUnifiedStatus(String state, boolean ended, RunStatus unified) {
        assertThat(WeDataExecutionState.of(state, ended)).isEqualTo(unified);
    }
}
