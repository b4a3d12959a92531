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
package io.workflowrun.camel.kamelets;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.camel.WorkflowRunComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Kamelet of the jar is a Kamelet as Camel's tooling reads it (camel.apache.org/v1, its type label, its provider),
 * and offers every option of the endpoint under the same name, credentials marked as secrets: an option a provider
 * adds fails here until both Kamelets pass it on.
 */
class KameletDefinitionTest {

    private static final String CREDENTIALS = "urn:camel:group:credentials";

    @ParameterizedTest
    @ValueSource(strings = { "sink", "action" })
    void isAKameletOfItsType(String type) throws Exception {
        Map<String, Object> kamelet = kamelet(type);

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = map(kamelet, "metadata");
        assertThat(metadata).containsEntry("name", "workflowrun-" + type);
        assertThat(map(metadata, "labels")).containsEntry("camel.apache.org/kamelet.type", type);
        assertThat(map(metadata, "annotations")).containsKeys("camel.apache.org/provider", "camel.apache.org/kamelet.support.level");
        assertThat(list(map(kamelet, "spec"), "dependencies"))
                .contains("mvn:io.workflowrun:camel-workflowrun:" + catalog().path("component").path("version").asText(), "camel:kamelet");
        assertThat(list(definition(type), "required")).containsExactly("provider");
    }

    @ParameterizedTest
    @ValueSource(strings = { "sink", "action" })
    void offersEveryEndpointOptionAsTheCatalogDescribesIt(String type) throws Exception {
        Map<String, Object> properties = map(definition(type), "properties");
        JsonNode options = catalog().path("properties");
        TreeSet<String> expected = new TreeSet<>();
        options.fieldNames().forEachRemaining(expected::add);
        expected.remove("lazyStartProducer");
        if (type.equals("sink")) {
            expected.remove("operation");
        }

        assertThat(new TreeSet<>(properties.keySet())).isEqualTo(expected);
        for (String name : expected) {
            JsonNode option = options.path(name);
            Map<String, Object> property = map(properties, name);
            assertThat(property.get("description")).as(name).isEqualTo(option.path("description").asText());
            if (option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.path("enum").forEach(value -> values.add(value.asText()));
                assertThat(property.get("enum")).as(name + " values").isEqualTo(values);
            }
            if (option.path("secret").asBoolean()) {
                assertThat(property).as(name + ", a secret").containsEntry("format", "password");
                assertThat(list(property, "x-descriptors")).as(name + ", a secret").contains(CREDENTIALS);
            } else {
                assertThat(property).as(name + ", not a secret").doesNotContainKeys("format", "x-descriptors");
            }
        }
    }

    /**
     * A default in the Kamelet would be set on every endpoint it makes, over what the application configured on the
     * component (camel.component.workflowrun.*): only the workflow ID has one, empty, for providers that take none.
     */
    @ParameterizedTest
    @ValueSource(strings = { "sink", "action" })
    void setsOnlyWhatTheUserGaveSoTheComponentsConfigurationStands(String type) throws Exception {
        Map<String, Object> properties = map(definition(type), "properties");
        Map<String, Object> to = map(steps(type).get(0), "to");
        Map<String, Object> parameters = map(to, "parameters");

        assertThat(to).containsEntry("uri", "workflowrun:{{provider}}:{{workflowId}}");
        properties.keySet().forEach(name -> {
            if (name.equals("workflowId")) {
                assertThat(map(properties, name)).containsEntry("default", "");
            } else {
                assertThat(map(properties, name)).as(name).doesNotContainKey("default");
            }
        });
        properties.keySet().stream().filter(name -> !name.equals("provider") && !name.equals("workflowId")).forEach(name -> {
            // RAW: a value reaches the component as given, whatever its characters
            assertThat(parameters.get(name)).as(name).isIn("{{?" + name + "}}", "RAW({{?" + name + "}})");
        });
        if (type.equals("sink")) {
            assertThat(parameters).containsEntry("operation", "trigger");
        }
    }

    private static List<Map<String, Object>> steps(String type) throws Exception {
        Map<String, Object> from = map(map(map(kamelet(type), "spec"), "template"), "from");
        assertThat(from).containsEntry("uri", "kamelet:source");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) from.get("steps");
        return steps;
    }

    private static Map<String, Object> definition(String type) throws Exception {
        return map(map(kamelet(type), "spec"), "definition");
    }

    /** The Kamelet as the jar holds it, where Camel looks by default. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> kamelet(String type) throws Exception {
        String resource = "kamelets/workflowrun-" + type + ".kamelet.yaml";
        try (InputStream in = WorkflowRunComponent.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has " + key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> parent, String key) {
        assertThat(parent).as("has " + key).containsKey(key);
        return (List<String>) parent.get(key);
    }
}
