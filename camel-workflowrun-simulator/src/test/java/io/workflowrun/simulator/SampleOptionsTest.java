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
