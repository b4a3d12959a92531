package io.workflowrun.camel;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard that fails the suite on a leaked secret does see one. */
class SecretGuardTest {

    @Test
    void aSecretInALogLineOrItsExceptionIsCaught() {
        LoggerFactory.getLogger("io.workflowrun.camel.Anything").info("calling with {}", WorkflowRunSimulator.SECRET_KEY);
        LoggerFactory.getLogger("org.apache.camel.Other").warn("failed",
                new IllegalStateException("wrapped", new RuntimeException("key " + WorkflowRunSimulator.API_KEY)));

        assertThat(SecretGuard.drainLeaks()).hasSize(2).allSatisfy(leak -> assertThat(leak)
                .doesNotContain(WorkflowRunSimulator.SECRET_KEY).doesNotContain(WorkflowRunSimulator.API_KEY));
    }
}
