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
package io.workflowrun.camel.provider.huawei;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status, cancel and wait-for-completion of FunctionGraph flow executions through Camel routes, against the
 * simulator's stateful runs (signed and verified like every other call).
 */
class FunctionGraphLifecycleTest extends SimulatorTestSupport {

    private static final String ID = FunctionGraphProvider.ID;
    private static final String PROJECT = "0b1a2c3d4e5f40718293a4b5c6d7e8f9";
    private static final String WORKFLOW = "48aff955-ea10-4ffd-b426-190bc192dc14";
    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private static String uri(String more) {
        return "workflowrun:" + ID + ":" + WORKFLOW + "?region=cn-north-4&projectId=" + PROJECT + "&accessKey="
               + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")&baseUrl="
               + simulator.baseUrl(ID) + more;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(uri(""));
                from("direct:status").setHeader(WorkflowRunConstants.OPERATION, constant("status")).to(uri(""));
                from("direct:cancel").setHeader(WorkflowRunConstants.OPERATION, constant("cancel")).to(uri(""));
                from("direct:startAndWait").to(uri("&waitForCompletion=true&waitTimeout=5000" + FAST_POLL));
                from("direct:startAndWaitBriefly").to(uri("&waitForCompletion=true&waitTimeout=300" + FAST_POLL));
            }
        };
    }

    private Exchange start(Object body) {
        Exchange started = send("direct:start", body);
        assertThat(started.getException()).isNull();
        return started;
    }

    private Exchange on(String route, Exchange started) {
        return template.request(route, e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID,
                started.getMessage().getHeader(WorkflowRunConstants.RUN_ID)));
    }

    @Test
    void statusFollowsTheRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = start(Map.of("a", 1));

        Exchange status = on("direct:status", started);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("running");
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.RUN_ID))
                .isEqualTo(started.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
        WorkflowRun run = status.getMessage().getBody(WorkflowRun.class);
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.outputs()).isNull();
        assertThat(run.raw()).containsEntry("input", Map.of("a", 1));
    }

    @Test
    void aPendingRunIsReportedRunningAsFunctionGraphHasNoQueuedStatus() {
        simulator.setTimeline(Duration.ofMinutes(5), Duration.ZERO);
        Exchange started = start(null);

        Exchange status = on("direct:status", started);

        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("running");
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void cancelTerminatesARunningRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = start(null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange cancelled = on("direct:cancel", started);

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(simulator.stateOf(ID, runId)).isEqualTo(RunState.CANCELLED);
        assertThat(simulator.requests(ID).get(1).request().rawPath()).endsWith("/executions/" + runId + "/terminate");
        Exchange status = on("direct:status", started);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("cancel");
        assertThat(status.getMessage().getBody(WorkflowRun.class).raw().get("end_time")).isNotNull();
        Exchange again = on("direct:cancel", started);
        assertThat(again.getException(WorkflowRunException.class).getErrorCode()).isEqualTo("FSS.0400");
    }

    @Test
    void waitForCompletionEndsWithTheSucceededRunAndItsOutput() throws Exception {
        // the run ends when the test moves the simulator's clock, after a poll saw it running: no race with the timer
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ofSeconds(1), Duration.ofSeconds(1));

        CompletableFuture<Exchange> pending = template.asyncSend("direct:startAndWait", e -> e.getMessage().setBody(Map.of("x", "y")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (simulator.requests(ID).stream().noneMatch(r -> r.request().method().equals("GET")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pending).as("waiting while the run goes on").isNotDone();
        clock.set(clock.instant().plusSeconds(3));
        Exchange out = pending.get(30, TimeUnit.SECONDS);

        assertThat(out.getException()).isNull();
        String runId = simulator.runs(ID).get(0).runId();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("success");
        assertThat(out.getMessage().getBody(WorkflowRun.class).outputs()).isEqualTo(Map.of("x", "y"));
        assertThat(simulator.requests(ID).stream().filter(r -> r.request().method().equals("GET")).count())
                .as("status polls").isGreaterThanOrEqualTo(2);
        assertThat(simulator.requests(ID)).allMatch(r -> r.status() == 200);
    }

    @Test
    void waitForCompletionFailsAFailedRunWithItsNodeError() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send("direct:startAndWait", null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunFailedException.class);
        WorkflowRun run = ((WorkflowRunFailedException) out.getException()).getRun();
        String runId = simulator.runs(ID).get(0).runId();
        assertThat(run.runId()).isEqualTo(runId);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.providerStatus()).isEqualTo("fail");
        assertThat(run.error()).isEqualTo("node-1: {\"detail\":\"Execution failed\"}");
        assertThat(out.getException().getMessage()).contains(runId).contains("FAILED");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
    }

    @Test
    void waitTimeoutFailsWithTheRunId() {
        simulator.setOutcome(WORKFLOW, RunState.RUNNING);

        Exchange out = send("direct:startAndWaitBriefly", null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunTimeoutException.class);
        WorkflowRunTimeoutException e = (WorkflowRunTimeoutException) out.getException();
        String runId = simulator.runs(ID).get(0).runId();
        assertThat(e.getRunId()).isEqualTo(runId);
        assertThat(e.getMessage()).contains(runId).contains("may still be running");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(simulator.stateOf(ID, runId)).isEqualTo(RunState.RUNNING);
    }

    @Test
    void statusOfAnUnknownExecutionIsFunctionGraphsNotFound() {
        Exchange out = template.request("direct:status",
                e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "00000000-0000-0000-0000-000000000000"));

        WorkflowRunException failure = out.getException(WorkflowRunException.class);
        assertThat(failure.getHttpStatus()).isEqualTo(404);
        assertThat(failure.getErrorCode()).isEqualTo("FSS.0404");
        assertThat(failure.getErrorMessage()).isEqualTo("The specified resource was not found.");
        assertThat(failure.getRequestId()).matches("[0-9a-f]{32}");
    }
}
