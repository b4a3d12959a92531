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
package io.workflowrun.docs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The route and properties the Camel CLI section shows, run by Camel Main (which the CLI's {@code camel run} is built
 * on) against the simulator: the route starts one run with its body, using the properties' key and user. The CLI
 * itself is not run here.
 */
class CliRouteTest {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension();

    @Test
    void theCliSectionsRouteStartsARunWithItsProperties() throws Exception {
        Main main = new Main();
        main.setPropertyPlaceholderLocations("classpath:cli/application.properties");
        main.addOverrideProperty("camel.component.workflowrun.base-url", SIMULATOR.baseUrl("dify"));
        main.configure().withRoutesIncludePattern("classpath:cli/route.camel.yaml")
                // ends once the one message is done; the bound only guards a hang
                .withDurationMaxMessages(1)
                .withDurationMaxSeconds(30);

        main.run();

        assertThat(SIMULATOR.get().runs("dify")).singleElement().satisfies(run -> {
            assertThat(run.parameters()).containsEntry("order", "1001");
            assertThat(run.runId()).isNotBlank();
        });
        assertThat(SIMULATOR.get().requests("dify")).allSatisfy(recorded -> assertThat(recorded.status()).isLessThan(300));
    }
}
