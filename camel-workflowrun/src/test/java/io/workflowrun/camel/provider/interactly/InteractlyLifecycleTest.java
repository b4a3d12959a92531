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
package io.workflowrun.camel.provider.interactly;

import java.time.Duration;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is Interactly's own in a run's life: its cancel answers with the cancelled run, and a failed run names its
 * error. What every provider does is in {@link InteractlyContractTest}.
 */
class InteractlyLifecycleTest extends SimulatorTestSupport {

    private static final String ID = InteractlyProvider.ID;

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
    }

    @Test
    void cancelAnswersWithTheCancelledRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);

        Exchange cancelled = template.request(uri(""), e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "cancel");
        });

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("cancelled");
    }

    @Test
    void aFailedRunNamesItsError() {
        simulator.setOutcome(WorkflowRunSimulator.sample(ID).workflowId(), RunState.FAILED);

        Exchange out = send(uri("&waitForCompletion=true&failOnRunFailure=false&pollInterval=20&maxPollInterval=40"), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(WorkflowRun.class).error()).isEqualTo("execution_error");
    }
}
