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
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider registered by its service line is everywhere Camel's tooling looks, from its declaration alone: its id in
 * the URI's enum, each of its options in the catalog with the declared description, type and secret flag, each of its
 * headers described.
 */
class ProviderRegistrationTest {

    private static List<WorkflowRunProvider> registered() {
        List<WorkflowRunProvider> providers = new ArrayList<>();
        ServiceLoader.load(WorkflowRunProvider.class).forEach(providers::add);
        return providers;
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyRegisteredProviderIsDeclaredAndInTheUrisEnum() throws Exception {
        TreeSet<String> ids = new TreeSet<>();
        for (WorkflowRunProvider provider : registered()) {
            assertThat(provider.getClass().getAnnotation(ProviderDeclaration.class)).as(provider.getClass().getName()).isNotNull();
            assertThat(ids.add(provider.id())).as("id " + provider.id() + " once").isTrue();
            assertThat(provider.declaration().options()).as(provider.id() + " options, processed at build time")
                    .isAssignableFrom(RegisteredProviderOptions.class);
            assertThat(provider.declaration().headers()).as(provider.id() + " headers, processed at build time")
                    .isAssignableFrom(RegisteredProviderHeaders.class);
        }
        assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
        List<String> enums = new ArrayList<>();
        catalog().get("properties").get("provider").get("enum").forEach(id -> enums.add(id.asText()));
        assertThat(enums).containsExactlyElementsOf(ids);
    }

    @Test
    void everyDeclaredOptionIsInTheCatalogAsDeclared() throws Exception {
        JsonNode endpoint = catalog().get("properties");
        JsonNode component = catalog().get("componentProperties");
        for (WorkflowRunProvider provider : registered()) {
            for (Method getter : provider.declaration().options().getMethods()) {
                ProviderOption declared = getter.getAnnotation(ProviderOption.class);
                if (declared == null) {
                    continue;
                }
                String name = Character.toLowerCase(getter.getName().charAt(getter.getName().startsWith("is") ? 2 : 3))
                              + getter.getName().substring(getter.getName().startsWith("is") ? 3 : 4);
                for (JsonNode options : List.of(endpoint, component)) {
                    JsonNode option = options.get(name);
                    assertThat(option).as(provider.id() + " option " + name).isNotNull();
                    assertThat(option.get("description").asText()).isEqualTo(declared.description());
                    assertThat(option.get("secret").asBoolean()).as(name + " secret").isEqualTo(declared.secret());
                    assertThat(option.get("label").asText()).isEqualTo(declared.label());
                    assertThat(option.get("javaType").asText()).isEqualTo(getter.getReturnType().getName());
                }
            }
        }
    }

    @Test
    void everyDeclaredHeaderIsInTheCatalogWithItsDescription() throws Exception {
        JsonNode headers = catalog().get("headers");
        for (WorkflowRunProvider provider : registered()) {
            for (Field constant : provider.declaration().headers().getFields()) {
                Metadata metadata = constant.getAnnotation(Metadata.class);
                assertThat(metadata).as(constant.toString()).isNotNull();
                JsonNode header = headers.get((String) constant.get(null));
                assertThat(header).as(provider.id() + " header " + constant.getName()).isNotNull();
                assertThat(header.get("description").asText()).isEqualTo(metadata.description());
            }
        }
    }
}
