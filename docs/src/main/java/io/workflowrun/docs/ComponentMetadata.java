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
package io.workflowrun.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The component's JSON metadata, as the camel-component-maven-plugin generated it into the component's jar: the one
 * source the reference tables are made from, so they cannot drift from the code.
 */
record ComponentMetadata(Map<String, String> component, List<Option> componentOptions, List<Option> pathOptions,
                         List<Option> queryOptions, List<Option> headers) {

    static final String RESOURCE = "META-INF/io/workflowrun/camel/workflowrun.json";

    /** One option, path parameter or header, with what a reader needs to see of it. */
    record Option(String name, String group, String description, String defaultValue, String javaType,
                  boolean duration, boolean required, boolean secret, List<String> enums, String constantName) {

        /** The Java type as a reader knows it: the simple class name, and "duration" where Camel takes one. */
        String typeLabel() {
            String simple = javaType.substring(javaType.lastIndexOf('.') + 1);
            return duration ? simple + " (duration)" : simple;
        }
    }

    static ComponentMetadata load() {
        ClassLoader loader = ComponentMetadata.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: the docs module must depend on camel-workflowrun");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ComponentMetadata parse(JsonNode root) {
        Map<String, String> component = new LinkedHashMap<>();
        root.path("component").fields().forEachRemaining(e -> component.put(e.getKey(), e.getValue().asText()));
        List<Option> path = new ArrayList<>();
        List<Option> query = new ArrayList<>();
        root.path("properties").fields().forEachRemaining(e ->
                ("path".equals(e.getValue().path("kind").asText()) ? path : query).add(option(e.getKey(), e.getValue())));
        return new ComponentMetadata(component, options(root.path("componentProperties")), path, query,
                options(root.path("headers")));
    }

    private static List<Option> options(JsonNode section) {
        List<Option> options = new ArrayList<>();
        section.fields().forEachRemaining(e -> options.add(option(e.getKey(), e.getValue())));
        return options;
    }

    private static Option option(String name, JsonNode node) {
        List<String> enums = new ArrayList<>();
        node.path("enum").forEach(value -> enums.add(value.asText()));
        return new Option(name, node.path("group").asText(), node.path("description").asText(),
                node.has("defaultValue") ? node.get("defaultValue").asText() : "", node.path("javaType").asText(),
                "duration".equals(node.path("type").asText()), node.path("required").asBoolean(), node.path("secret").asBoolean(), enums,
                node.path("constantName").asText(""));
    }
}
