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
package io.workflowrun.camel.provider.alibaba;

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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status, cancel and wait-for-completion through routes, against the simulator's SchedulerX, whose verifier checks
 * the signature of every GetWorkflowInstance and StopInstance call as it does ExecuteWorkflow's: what is SchedulerX's
 * own (the job instance a cancel stops, its integer IDs, no cancelled status). What every provider does is in
 * {@link SchedulerxContractTest}.
 */
class SchedulerxLifecycleTest extends SimulatorTestSupport {

    private static final String ID = SchedulerxProvider.ID;
    private static final String WORKFLOW = WorkflowRunSimulator.sample(ID).workflowId();
    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
    }

    /** Runs an operation with the headers a previous exchange left, as a route would carry them on. */
    private Exchange call(String operation, Exchange previous) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    private Exchange start() {
        Exchange started = send(uri(""), Map.of("a", 1));
        assertThat(started.getException()).isNull();
        return started;
    }

    @Test
    void statusReportsTheInstanceAndItsActiveJobInstance() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = start();

        Exchange status = call("status", started);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(status.getMessage().getHeader(SchedulerxConstants.JOB_ID)).isEqualTo("1472");
        assertThat(status.getMessage().getHeader(SchedulerxConstants.JOB_INSTANCE_ID, String.class)).matches("\\d+");
        assertThat(status.getMessage().getBody(WorkflowRun.class).error()).isNull();
        assertThat(simulator.requests(ID).get(1).request().header("x-acs-action")).isEqualTo("GetWorkflowInstance");
    }

    @Test
    void statusOfAPendingInstanceIsPending() {
        simulator.setTimeline(Duration.ofMinutes(5), Duration.ZERO);

        Exchange status = call("status", start());

        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.PENDING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("1");
        // StopInstance stops a running job instance only: a waiting one is not offered to cancel
        assertThat(status.getMessage().getHeader(SchedulerxConstants.JOB_INSTANCE_ID)).isNull();
    }

    @Test
    void cancelOfAnInstanceWithNoRunningJobInstanceFailsBeforeSendingSayingWhy() {
        simulator.setTimeline(Duration.ofMinutes(5), Duration.ZERO);
        Exchange status = call("status", start());
        int requests = simulator.requests(ID).size();

        Exchange cancelled = call("cancel", status);

        assertThat(cancelled.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only a running job instance")
                .hasMessageContaining(SchedulerxConstants.JOB_INSTANCE_ID);
        assertThat(simulator.requests(ID)).hasSize(requests);
    }

    @Test
    void stoppingAJobInstanceThatIsNotRunningIsRefusedBySchedulerxAndTheInstanceGoesOn() {
        simulator.setTimeline(Duration.ofMinutes(5), Duration.ZERO);
        Exchange started = start();
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        Exchange status = call("status", started);
        // the waiting job instance, as GetWorkflowInstance's DAG lists it, named by hand
        Map<?, ?> node = (Map<?, ?>) ((java.util.List<?>) ((Map<?, ?>) ((Map<?, ?>) status.getMessage().getBody(WorkflowRun.class)
                .raw().get("Data")).get("WfInstanceDag")).get("Nodes")).get(0);

        Exchange cancelled = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "cancel");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
            e.getMessage().setHeader(SchedulerxConstants.JOB_ID, node.get("JobId"));
            e.getMessage().setHeader(SchedulerxConstants.JOB_INSTANCE_ID, node.get("JobInstanceId"));
        });

        assertThat(cancelled.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(200);
            assertThat(e.getMessage()).contains("is not running");
        });
        assertThat(simulator.stateOf(ID, runId)).isEqualTo(RunState.PENDING);
        Exchange after = call("status", started);
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.PENDING);
    }

    @Test
    void cancelStopsTheActiveJobInstanceAndTheInstanceEndsFailed() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = start();
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        Exchange status = call("status", started);

        Exchange cancelled = call("cancel", status);

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(simulator.stateOf(ID, runId)).isEqualTo(RunState.CANCELLED);
        assertThat(simulator.requests(ID).get(2).request().header("x-acs-action")).isEqualTo("StopInstance");
        // SchedulerX has no cancelled status: the instance whose job instance was stopped reports failed
        Exchange after = call("status", cancelled);
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("5");
        // the job instance ends failed with the result SchedulerX's worker reports for a killed job
        assertThat(after.getMessage().getBody(WorkflowRun.class).error()).contains("TestJob").contains("killed");
        assertThat(after.getMessage().getHeader(SchedulerxConstants.JOB_INSTANCE_ID)).isNull();
    }

    @Test
    void cancellingAnEndedInstanceIsSchedulerxsError() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange status = call("status", start());
        assertThat(call("cancel", status).getException()).isNull();

        Exchange again = call("cancel", status);

        assertThat(again.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(200);
            assertThat(e.getMessage()).contains("is not running");
        });
    }

    @Test
    void cancelWithoutAnActiveJobInstanceFailsNamingTheHeaders() {
        Exchange started = start();
        int requests = simulator.requests(ID).size();

        Exchange cancelled = call("cancel", started);

        assertThat(cancelled.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SchedulerxConstants.JOB_ID).hasMessageContaining(SchedulerxConstants.JOB_INSTANCE_ID)
                .hasMessageContaining("operation=status");
        assertThat(simulator.requests(ID)).hasSize(requests);
    }

    @Test
    void waitForCompletionPollsWithGetWorkflowInstance() {
        simulator.setTimeline(Duration.ofMillis(30), Duration.ofMillis(80));

        Exchange out = send(uri("&waitForCompletion=true" + FAST_POLL), Map.of("x", "y"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(simulator.requests(ID).stream().filter(r -> "GetWorkflowInstance".equals(r.request().header("x-acs-action"))))
                .as("status polls").isNotEmpty();
    }

    @Test
    void waitForCompletionFailsAFailedInstanceWithItsJobsResult() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send(uri("&waitForCompletion=true" + FAST_POLL), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunFailedException.class);
        WorkflowRunFailedException e = (WorkflowRunFailedException) out.getException();
        assertThat(e.getRun().error()).contains("TestJob").contains("simulated job failure");
    }

    @Test
    void statusOfAnUnknownInstanceIsSchedulerxsError() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "987654321");
        });

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class,
                e -> assertThat(e.getMessage()).contains("987654321").contains("is not existed"));
    }

    @Test
    void statusNeedsAnIntegerRunIdNamingTheHeader() {
        Exchange notAnInteger = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "abc");
        });

        assertThat(notAnInteger.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.RUN_ID).hasMessageContaining("WfInstanceId");
        assertThat(simulator.requests(ID)).isEmpty();
    }
}
