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

import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import org.apache.camel.Exchange;
import io.workflowrun.camel.SimulatorTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Dify trigger reports more than the run ID: a blocking one waits for the run's end and its outputs, a streaming one
 * returns once the run has started. What every provider does is in {@link DifyContractTest}.
 */
class DifyProducerTest extends SimulatorTestSupport {

    private String uri(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=abc-123&baseUrl="
               + simulator.baseUrl("dify") + more;
    }

    @Test
    void blockingRunPutsRunIdStatusAndOutputsOnTheMessage() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setBody(Map.of("text", "hello")));

        assertThat(out.getException()).isNull();
        SimulatedRun started = simulator.runs("dify").get(0);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(started.runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("succeeded");
        WorkflowRun run = out.getMessage().getBody(WorkflowRun.class);
        assertThat(run.outputs()).containsEntry("text", "hello");
        assertThat(started.parameters()).containsEntry("text", "hello");
    }

    @Test
    void aBlockingWaitOnAFailedRunFailsKeepingItsId() {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.FAILED);

        Exchange out = send(uri("&waitForCompletion=true&pollInterval=20&maxPollInterval=40"), null);

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunFailedException.class, e -> {
            assertThat(e.getRun().status()).isEqualTo(RunStatus.FAILED);
            assertThat(e.getMessage()).contains(e.getRun().runId()).contains("FAILED");
        });
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
    }

    @Test
    void streamingRunReturnsOnceTheRunHasStarted() {
        Exchange out = template.request(uri("&responseMode=streaming"), e -> e.getMessage().setBody("{\"q\":1}"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
    }
}
