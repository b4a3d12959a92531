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

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dify as its code behaves: stop, quota and throttling, gateway timeouts, answers with JSON text, who sees which run. */
class DifyFidelityTest extends SimulatorTestSupport {

    private String uri(String user, String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=" + user + "&retryDelay=10&maxRetryDelay=20"
               + "&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    private Exchange call(String uri, String operation, Exchange started) {
        return template.request(uri, e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    private long stops() {
        return simulator.requests("dify").stream().filter(r -> r.request().rawPath().endsWith("/stop")).count();
    }

    @Test
    void cancelSendsTheUserThatStartedTheRunWhateverTheCancellingEndpointSays() {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        Exchange started = send(uri("alice", "&responseMode=streaming"), null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(started.getMessage().getHeader(DifyConstants.USER)).isEqualTo("alice");

        Exchange cancelled = call(uri("bob", ""), "cancel", started);

        assertThat(cancelled.getException()).isNull();
        assertThat(simulator.requests("dify")).last()
                .satisfies(r -> assertThat(JsonBodies.object(r.request())).containsEntry("user", "alice"));
        assertThat(simulator.stateOf("dify", runId)).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void cancelClaimsNoStatusDifyDidNotReport() {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        Exchange started = send(uri("alice", "&responseMode=streaming"), null);

        Exchange cancelled = call(uri("alice", ""), "cancel", started);

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isNull();
        WorkflowRun run = cancelled.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isNull();
        assertThat(run.raw()).containsEntry("result", "success");
        // what came of the stop shows on the run's status
        Exchange status = call(uri("alice", ""), "status", started);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void aBlockingRunCannotBeStoppedAndCancelSaysSoSendingNothing() {
        Exchange started = send(uri("alice", ""), null);
        assertThat(started.getException()).isNull();

        Exchange cancelled = call(uri("alice", ""), "cancel", started);

        assertThat(cancelled.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DifyConstants.TASK_ID).hasMessageContaining("blocking")
                .hasMessageContaining("responseMode=streaming");
        assertThat(stops()).isZero();
    }

    @Test
    void aQuotaRefusalIsNotSentAgain() {
        simulator.injectNext("dify", DifyHandler.quotaExceeded());

        Exchange out = send(uri("alice", "&maxAttempts=3"), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        WorkflowRunException e = (WorkflowRunException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(429);
        assertThat(e.getErrorCode()).isEqualTo("rate_limit_error");
        assertThat(e.getMessage()).contains("quota");
        assertThat(simulator.requests("dify")).hasSize(1);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void throttlingIsSentAgain() {
        simulator.injectNext("dify", Fault.providerThrottling());

        Exchange out = send(uri("alice", "&maxAttempts=3"), null);

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests("dify")).hasSize(2);
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void aBlockingCallThatOutlastsTheGatewayIsNotSentAgainWhileItsRunGoesOn() {
        simulator.setGatewayTimeout(Duration.ofMillis(200));
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));

        Exchange out = send(uri("alice", "&maxAttempts=3"), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class).hasMessageContaining("504");
        assertThat(((WorkflowRunMaybeStartedException) out.getException()).getHttpStatus()).isEqualTo(504);
        assertThat(simulator.requests("dify")).as("never sent again").hasSize(1);
        assertThat(simulator.runs("dify")).singleElement()
                .satisfies(run -> assertThat(simulator.stateOf("dify", run.runId())).isEqualTo(RunState.RUNNING));
    }

    @Test
    void outputsAndInputsSentAsJsonTextAreReadAsObjects() {
        simulator.injectNext("dify", SimulatorResponse.json(200, Map.of("id", "r-1", "workflow_id", "w-1", "status", "succeeded",
                "inputs", "{\"q\": \"hello\"}", "outputs", "{\"answer\": 42}")));

        Exchange out = template.request(uri("alice", ""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "r-1");
        });

        assertThat(out.getException()).isNull();
        WorkflowRun run = out.getMessage().getBody(WorkflowRun.class);
        assertThat(run.outputs()).containsEntry("answer", 42);
        assertThat(run.raw().get("inputs")).isEqualTo(Map.of("q", "hello"));
    }

    @Test
    void theSimulatorSendsInputsAsJsonTextAndTheStatusReadsThem() {
        Exchange started = send(uri("alice", ""), Map.of("q", "hello"));

        Exchange status = call(uri("alice", ""), "status", started);

        assertThat(status.getMessage().getBody(WorkflowRun.class).raw().get("inputs")).isEqualTo(Map.of("q", "hello"));
    }

    @Test
    void anyUserOfTheAppSeesARunsStatus() {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        Exchange started = send(uri("alice", "&responseMode=streaming"), null);
        started.getMessage().removeHeader(DifyConstants.USER);

        Exchange status = call(uri("bob", ""), "status", started);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void aPausedRunReadsWaiting() {
        simulator.setWaiting(Duration.ofMinutes(5));
        Exchange started = send(uri("alice", "&responseMode=streaming"), null);

        Exchange status = call(uri("alice", ""), "status", started);

        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.WAITING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("paused");
    }
}
