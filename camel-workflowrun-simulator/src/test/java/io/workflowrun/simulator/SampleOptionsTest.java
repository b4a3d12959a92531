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
package io.workflowrun.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The examples run any provider by name from these samples (and their tests prove each sample starts runs). */
class SampleOptionsTest {

    @Test
    void everyProviderServedHasAWorkflowIdAndTheKeysTheSimulatorAccepts() {
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(1)) {
            assertThat(simulator.providers()).allSatisfy(provider -> {
                assertThat(WorkflowRunSimulator.sampleOptions(provider)).containsKey("workflowId");
                assertThat(WorkflowRunSimulator.sampleOptions(provider)).satisfiesAnyOf(
                        options -> assertThat(options).containsEntry("apiKey", WorkflowRunSimulator.API_KEY),
                        options -> assertThat(options).containsEntry("accessKey", WorkflowRunSimulator.ACCESS_KEY)
                                .containsEntry("secretKey", WorkflowRunSimulator.SECRET_KEY));
            });
        }
    }

    @Test
    void anUnknownProviderIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> WorkflowRunSimulator.sampleOptions("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'").hasMessageContaining("dify").hasMessageContaining("tencent-wedata");
    }
}
