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

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Camel tooling reads: every option and header described, every credential secret. */
class ComponentMetadataTest {

    private static final List<String> CREDENTIALS = List.of("accessKey", "secretKey", "securityToken", "apiKey");

    private static JsonNode metadata() throws Exception {
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            assertThat(in).as("generated component metadata on the class path").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode json = metadata();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            json.get(section).fields().forEachRemaining(
                    (Map.Entry<String, JsonNode> option) -> assertThat(option.getValue().path("description").asText())
                            .as(section + "." + option.getKey()).isNotBlank());
        }
        assertThat(json.get("component").get("scheme").asText()).isEqualTo("workflowrun");
        assertThat(json.get("component").get("syntax").asText()).isEqualTo("workflowrun:provider:workflowId");
    }

    @Test
    void credentialsAreSecretOnTheEndpointAndTheComponent() throws Exception {
        JsonNode json = metadata();
        for (String credential : CREDENTIALS) {
            assertThat(json.get("properties").get(credential).get("secret").asBoolean()).as("endpoint " + credential).isTrue();
            assertThat(json.get("componentProperties").get(credential).get("secret").asBoolean()).as("component " + credential).isTrue();
        }
        assertThat(json.get("componentProperties").get("proxyPassword").get("secret").asBoolean()).isTrue();
    }
}
