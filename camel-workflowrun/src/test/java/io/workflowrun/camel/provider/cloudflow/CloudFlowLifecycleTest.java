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
package io.workflowrun.camel.provider.cloudflow;

import java.time.Duration;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is CloudFlow's own, against the simulator: execution names, the repeated start's two answers, stop, output. */
class CloudFlowLifecycleTest extends SimulatorTestSupport {

    private static final String ID = CloudFlowProvider.ID;
    private static final String FLOW = "order_flow";

    private String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
    }

    private Exchange trigger(String key, String more) {
        return template.request(uri(more), e -> {
            e.getMessage().setBody(Map.of("order", "A-1"));
            if (key != null) {
                e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
            }
        });
    }

    private Exchange operation(String operation, String flow, String runId) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
            e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, flow);
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
        });
    }

    private static String runIdOf(Exchange exchange) {
        return exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
    }

    @Test
    void withoutAKeyTheRunIsTheExecutionCloudFlowNamed() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(null, "");

        assertThat(started.getException()).isNull();
        String runId = runIdOf(started);
        assertThat(simulator.runs(ID)).singleElement().satisfies(run -> assertThat(run.runId()).isEqualTo(runId));
        assertThat(simulator.requests(ID).get(0).request().bodyText()).doesNotContain("ExecutionName");
        assertThat(started.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(operation("status", FLOW, runId).getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("Running");
    }

    /** CloudFlow answers a repeated start of a running execution exactly as a new start: no second run, no hint. */
    @Test
    void aRepeatedTriggerWhileTheExecutionRunsReturnsItAndStartsNoSecondRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange first = trigger("order-A-1", "");
        Exchange second = trigger("order-A-1", "");

        assertThat(second.getException()).isNull();
        assertThat(runIdOf(first)).isEqualTo("order-A-1");
        assertThat(runIdOf(second)).isEqualTo("order-A-1");
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    /** Once it has ended, CloudFlow refuses the name (ExecutionAlreadyExists): that execution is the run, and a wait reads its end. */
    @Test
    void aRepeatedTriggerAfterTheExecutionEndedIsAlreadyStartedAndAWaitReadsItsOutcome() {
        assertThat(trigger("order-A-2", "").getException()).isNull();

        Exchange again = trigger("order-A-2", "&waitForCompletion=true&pollInterval=20");

        assertThat(again.getException()).isNull();
        assertThat(runIdOf(again)).isEqualTo("order-A-2");
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED, Boolean.class)).isTrue();
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(simulator.runs(ID)).hasSize(1);
        assertThat(simulator.requests(ID).get(1).status()).as("CloudFlow's refusal").isEqualTo(400);
    }

    @Test
    void aSucceededExecutionsOutputIsTheRunsOutputs() {
        Exchange out = trigger("order-A-3", "&waitForCompletion=true&pollInterval=20");

        assertThat(out.getException()).isNull();
        WorkflowRun run = out.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.outputs()).containsEntry("order", "A-1");
    }

    @Test
    void cancelStopsTheExecutionAndReportsItStopped() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        trigger("order-A-4", "");

        Exchange cancelled = operation("cancel", FLOW, "order-A-4");

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("Stopped");
        assertThat(simulator.stateOf(ID, "order-A-4")).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void cancellingAnEndedExecutionIsCloudFlowsError() {
        trigger("order-A-5", "");

        Exchange cancelled = operation("cancel", FLOW, "order-A-5");

        assertThat(cancelled.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo("ExecutionAlreadyCompleted");
        });
    }

    /** An execution is named by its flow and its name: the same name in another flow is another execution. */
    @Test
    void statusLooksTheExecutionUpInTheFlowOfTheWorkflowId() {
        trigger("order-A-6", "");

        Exchange other = operation("status", "other_flow", "order-A-6");

        assertThat(other.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(404);
            assertThat(e.getErrorCode()).isEqualTo("ExecutionNotExists");
            assertThat(e.getErrorMessage()).contains("order-A-6").contains("other_flow");
        });
    }

    @Test
    void aKeyOutsideCloudFlowsNamingRuleIsRefusedAndNothingIsSent() {
        Exchange out = trigger("order/42", "");

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.IDEMPOTENCY_KEY).hasMessageContaining("ExecutionName");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void theGatewaysThrottlingIsSentAgain() {
        simulator.injectNext(ID, SimulatorResponse.json(400, Map.of("RequestId", "r-1", "Code", "Throttling.User",
                "Message", "Request was denied due to user flow control.")));

        Exchange out = trigger("order-A-7", "&maxAttempts=3");

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests(ID)).hasSize(2);
        assertThat(simulator.runs(ID)).hasSize(1);
    }
}
