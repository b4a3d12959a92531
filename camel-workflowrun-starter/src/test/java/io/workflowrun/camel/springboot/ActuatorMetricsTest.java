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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's actuator on the class path, the component's meters are in the actuator's MeterRegistry: read
 * over HTTP from /actuator/metrics, as an operator or a dashboard would.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {
        "server.address=127.0.0.1",
        "management.endpoints.web.exposure.include=metrics",
        "test.endpoint=workflowrun:dify",
        "camel.component.workflowrun.api-key=" + WorkflowRunSimulator.API_KEY,
        "camel.component.workflowrun.user=spring-user" })
class ActuatorMetricsTest {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension(2);

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.workflowrun.base-url", () -> SIMULATOR.baseUrl("dify"));
    }

    @Autowired
    private ProducerTemplate template;

    // read as a property rather than through @LocalServerPort, whose package differs between Spring Boot 3 and 4
    @Value("${local.server.port}")
    private int port;

    @Test
    void triggersStartedAreReadFromTheActuatorsMetricsEndpoint() throws Exception {
        assertThat(template.request("direct:start", e -> e.getMessage().setBody(Map.of("city", "Lyon"))).getException()).isNull();

        JsonNode metric = get("/actuator/metrics/workflowrun.triggers.started?tag=provider:dify");

        assertThat(metric.path("name").asText()).isEqualTo("workflowrun.triggers.started");
        assertThat(metric.path("measurements").get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(metric.path("availableTags").toString()).doesNotContain(WorkflowRunSimulator.API_KEY);
        JsonNode names = get("/actuator/metrics").path("names");
        assertThat(names.toString()).contains("workflowrun.calls.throttled", "workflowrun.waits", "workflowrun.rate.limit.backlog");
    }

    private JsonNode get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
