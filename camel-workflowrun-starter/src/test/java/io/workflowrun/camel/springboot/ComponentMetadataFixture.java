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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;

/** The component's options as its generated Camel metadata lists them: the truth the starter must cover. */
final class ComponentMetadataFixture {

    static final String PREFIX = "camel.component.workflowrun.";

    private ComponentMetadataFixture() {
    }

    /** Option name to its metadata, in the metadata's order. */
    static Map<String, JsonNode> componentOptions() {
        try (InputStream in = ComponentMetadataFixture.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            if (in == null) {
                throw new IllegalStateException("workflowrun.json is not on the class path");
            }
            Map<String, JsonNode> options = new LinkedHashMap<>();
            new ObjectMapper().readTree(in).get("componentProperties").fields()
                    .forEachRemaining(option -> options.put(option.getKey(), option.getValue()));
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Spring Boot property of an option: {@code camel.component.workflowrun.max-poll-interval}. */
    static String property(String option) {
        return PREFIX + StringHelper.camelCaseToDash(option);
    }
}
