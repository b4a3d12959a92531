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
package io.workflowrun.camel.springboot;

import java.util.Map;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A bearer-key provider configured only from Spring Boot properties: the URI names just the provider. */
@TestPropertySource(properties = {
        "test.endpoint=workflowrun:dify",
        "camel.component.workflowrun.api-key=" + WorkflowRunSimulator.API_KEY,
        "camel.component.workflowrun.user=spring-user",
        "camel.component.workflowrun.response-mode=streaming" })
class DifyFromPropertiesTest extends FromPropertiesTestSupport {

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.workflowrun.base-url", () -> SIMULATOR.baseUrl("dify"));
    }

    @Test
    void runStartsWithTheKeyUserAndBaseUrlFromProperties() {
        Exchange out = send(Map.of("city", "Lyon"));

        assertThat(out.getException()).isNull();
        String runId = out.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        assertThat(SIMULATOR.get().runs("dify")).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.parameters()).containsEntry("city", "Lyon");
        });
        SimulatorRequest request = SIMULATOR.get().requests("dify").get(0).request();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + WorkflowRunSimulator.API_KEY);
        assertThat(request.bodyText()).contains("\"user\":\"spring-user\"").contains("\"response_mode\":\"streaming\"");
    }
}
