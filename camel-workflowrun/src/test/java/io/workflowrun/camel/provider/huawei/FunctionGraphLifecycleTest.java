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
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
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
 * simulator's stateful runs (signed and verified like every other call): what is FunctionGraph's own (no queued status,
 * terminate, the flow's output and node errors). What every provider does is in {@link FunctionGraphContractTest}.
 */
class FunctionGraphLifecycleTest extends SimulatorTestSupport {

    private static final String ID = FunctionGraphProvider.ID;
    private static final String WORKFLOW = WorkflowRunSimulator.sample(ID).workflowId();
    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
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
    void theStatusOfARunningExecutionShowsItsInputAndNoOutputYet() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = start(Map.of("a", 1));

        Exchange status = on("direct:status", started);

        assertThat(status.getException()).isNull();
        WorkflowRun run = status.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
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
        assertThat(simulator.requests(ID).get(1).request().rawPath()).endsWith("/executions/" + runId + "/terminate");
        Exchange status = on("direct:status", started);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("cancel");
        assertThat(status.getMessage().getBody(WorkflowRun.class).raw().get("end_time")).isNotNull();
        Exchange again = on("direct:cancel", started);
        assertThat(again.getException(WorkflowRunException.class).getErrorCode()).isEqualTo("FSS.0400");
    }

    @Test
    void waitForCompletionEndsWithTheFlowsOutput() {
        Exchange out = send("direct:startAndWait", Map.of("x", "y"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("success");
        assertThat(out.getMessage().getBody(WorkflowRun.class).outputs()).isEqualTo(Map.of("x", "y"));
    }

    @Test
    void waitForCompletionFailsAFailedRunWithItsNodeError() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send("direct:startAndWait", null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunFailedException.class);
        WorkflowRun run = ((WorkflowRunFailedException) out.getException()).getRun();
        assertThat(run.error()).isEqualTo("node-1: {\"detail\":\"Execution failed\"}");
    }

    @Test
    void statusOfAnUnknownExecutionIsFunctionGraphsNotFound() {
        Exchange out = template.request("direct:status",
                e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "00000000-0000-0000-0000-000000000000"));

        WorkflowRunException failure = out.getException(WorkflowRunException.class);
        assertThat(failure.getErrorMessage()).isEqualTo("The specified resource was not found.");
        assertThat(failure.getRequestId()).matches("[0-9a-f]{32}");
    }
}
