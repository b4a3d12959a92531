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
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Producer;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog's component flags and the jar's component.properties, as Camel's tooling reads them from the class path,
 * each checked against what the component does.
 */
class CatalogTruthTest extends CamelTestSupport {

    private static final String DIFY = "workflowrun:dify?apiKey=k&user=u";

    private static JsonNode component() throws Exception {
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            assertThat(in).as("generated component metadata on the class path").isNotNull();
            return new ObjectMapper().readTree(in).get("component");
        }
    }

    @Test
    void asyncBecauseTheEndpointAndItsProducerAreAsynchronous() throws Exception {
        assertThat(component().get("async").asBoolean()).as("async").isTrue();

        Endpoint endpoint = context.getEndpoint(DIFY);
        assertThat(endpoint).isInstanceOf(org.apache.camel.AsyncEndpoint.class);
        Producer producer = endpoint.createProducer();
        assertThat(producer).isInstanceOf(AsyncProducer.class);
    }

    @Test
    void producerOnlyBecauseItHasNoConsumer() throws Exception {
        JsonNode component = component();
        assertThat(component.get("producerOnly").asBoolean()).as("producerOnly").isTrue();
        assertThat(component.get("consumerOnly").asBoolean()).as("consumerOnly").isFalse();

        assertThatThrownBy(() -> context.getEndpoint(DIFY).createConsumer(exchange -> {
        })).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void notLenientBecauseAnUnknownOptionIsRefused() throws Exception {
        assertThat(component().get("lenientProperties").asBoolean()).as("lenientProperties").isFalse();

        assertThatThrownBy(() -> context.getEndpoint(DIFY + "&colour=blue"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("colour");
    }

    @Test
    void remoteWorkflowCloudPreviewSinceTheFirstRelease() throws Exception {
        JsonNode component = component();
        assertThat(component.get("remote").asBoolean()).as("remote: every call goes to a hosted service").isTrue();
        assertThat(component.get("label").asText()).isEqualTo("workflow,cloud");
        assertThat(component.get("description").asText())
                .isEqualTo("Start, follow or stop runs of a workflow on a hosted workflow service.");
        assertThat(component.get("firstVersion").asText()).isEqualTo("0.1.0");
        // Camel marks a component Preview until it has been released for a while; ours has not been released yet
        assertThat(component.get("supportLevel").asText()).isEqualTo("Preview");
        assertThat(component.get("version").asText()).as("the artifact's version").startsWith("0.1.0");
        assertThat(component.get("groupId").asText() + ":" + component.get("artifactId").asText())
                .isEqualTo("io.workflowrun:camel-workflowrun");
    }

    @Test
    void componentPropertiesNameTheComponentAndItsArtifact() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream(
                "/META-INF/services/org/apache/camel/component.properties")) {
            assertThat(in).as("META-INF/services/org/apache/camel/component.properties on the class path").isNotNull();
            properties.load(in);
        }
        JsonNode component = component();

        assertThat(properties.getProperty("components")).isEqualTo("workflowrun");
        assertThat(properties.getProperty("groupId")).isEqualTo("io.workflowrun");
        assertThat(properties.getProperty("artifactId")).isEqualTo("camel-workflowrun");
        assertThat(properties.getProperty("version")).isEqualTo(component.get("version").asText());
        assertThat(properties.getProperty("projectName")).isEqualTo("camel-workflowrun :: Component");
        assertThat(properties.getProperty("projectDescription")).startsWith("Camel component workflowrun");
    }
}
