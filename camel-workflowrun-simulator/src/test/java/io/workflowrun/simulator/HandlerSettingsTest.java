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

import io.workflowrun.simulator.dify.DifyHandler;
import io.workflowrun.simulator.interactly.InteractlyHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test reaches the handler that serves a provider, for the settings that are the handler's own. */
class HandlerSettingsTest {

    @Test
    void theHandlerServingAProviderIsTheOneItsRequestsReach() {
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(1)) {
            DifyHandler dify = simulator.handler("dify", DifyHandler.class);

            assertThat(dify.id()).isEqualTo("dify");
            assertThat(simulator.handler("dify", ProviderHandler.class)).isSameAs(dify);
        }
    }

    @Test
    void anotherTypeOrAnUnknownProviderIsRefusedNamingIt() {
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(1)) {
            assertThatThrownBy(() -> simulator.handler("dify", InteractlyHandler.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(DifyHandler.class.getName()).hasMessageContaining(InteractlyHandler.class.getName());
            assertThatThrownBy(() -> simulator.handler("nope", ProviderHandler.class))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
        }
    }
}
