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

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What IDEs read: the processor-generated metadata lists every component option, described, with its default. */
class SpringConfigurationMetadataTest {

    /** A Spring Boot property is boxed, so that one not set leaves the component's own value alone. */
    private static final Map<String, String> BOXED = Map.of("boolean", Boolean.class.getName(), "int", Integer.class.getName(),
            "long", Long.class.getName(), "double", Double.class.getName());

    /** Our properties from whichever spring-configuration-metadata.json on the class path has them. */
    private static Map<String, JsonNode> springProperties() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        for (URL url : Collections.list(SpringConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : new ObjectMapper().readTree(in).path("properties")) {
                    String name = property.get("name").asText();
                    if (name.startsWith(ComponentMetadataFixture.PREFIX)) {
                        properties.put(name, property);
                    }
                }
            }
        }
        return properties;
    }

    @Test
    void everyComponentOptionIsAPropertyWithItsDescription() throws Exception {
        Map<String, JsonNode> spring = springProperties();
        Map<String, JsonNode> options = ComponentMetadataFixture.componentOptions();
        assertThat(options).hasSizeGreaterThan(40);
        options.forEach((option, camel) -> {
            String name = ComponentMetadataFixture.property(option);
            assertThat(spring).as(name).containsKey(name);
            assertThat(spring.get(name).path("description").asText()).as(name + " description")
                    .startsWith(camel.get("description").asText());
            assertThat(spring.get(name).path("sourceType").asText()).as(name + " source")
                    .isEqualTo(WorkflowRunComponentConfiguration.class.getName());
        });
        assertThat(spring).containsKeys(ComponentMetadataFixture.PREFIX + "enabled",
                ComponentMetadataFixture.PREFIX + "customizer.enabled");
    }

    @Test
    void everyPropertyHasItsOptionsType() throws Exception {
        Map<String, JsonNode> spring = springProperties();
        ComponentMetadataFixture.componentOptions().forEach((option, camel) -> {
            String name = ComponentMetadataFixture.property(option);
            String javaType = camel.get("javaType").asText();
            String expected = "duration".equals(camel.get("type").asText()) ? Duration.class.getName()
                    : BOXED.getOrDefault(javaType, javaType);
            assertThat(spring.get(name)).as(name).isNotNull();
            assertThat(spring.get(name).path("type").asText()).as(name + " type").isEqualTo(expected);
        });
    }

    /** Nothing the component no longer has: the options class is made from its metadata, not kept beside it. */
    @Test
    void everyPropertyIsAComponentOption() throws Exception {
        Set<String> expected = new HashSet<>(Set.of(ComponentMetadataFixture.PREFIX + "enabled",
                ComponentMetadataFixture.PREFIX + "customizer.enabled"));
        ComponentMetadataFixture.componentOptions().keySet()
                .forEach(option -> expected.add(ComponentMetadataFixture.property(option)));
        assertThat(springProperties().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void defaultsAreTheComponentsOwn() throws Exception {
        Map<String, JsonNode> spring = springProperties();
        ComponentMetadataFixture.componentOptions().forEach((option, camel) -> {
            String name = ComponentMetadataFixture.property(option);
            JsonNode expected = camel.get("defaultValue");
            JsonNode actual = spring.get(name).get("defaultValue");
            if (expected == null) {
                assertThat(actual).as(name + " default").isNull();
            } else if ("duration".equals(camel.get("type").asText())) {
                assertThat(actual.asText()).as(name + " default").isEqualTo(expected.asText() + "ms");
            } else {
                assertThat(actual.asText()).as(name + " default").isEqualTo(expected.asText());
            }
        });
    }
}
