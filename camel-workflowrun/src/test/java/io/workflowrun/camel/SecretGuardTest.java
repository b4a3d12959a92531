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
