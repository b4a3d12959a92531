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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflowrun producer's health check as Spring Boot's actuator shows it, read over HTTP on an ephemeral port
 * (camel-spring-boot's health indicator and its readiness state, with {@code camel.health.producers-enabled=true}): UP,
 * DOWN while the provider refuses the key (and readiness OUT_OF_SERVICE), UP again once a call is accepted. Read with
 * the JDK's HTTP client, so that nothing here depends on Spring Boot's test web clients.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "test.endpoint=workflowrun:dify",
        "camel.component.workflowrun.api-key=" + WorkflowRunSimulator.API_KEY,
        "camel.component.workflowrun.user=spring-user",
        "camel.health.producers-enabled=true",
        // every check's result, not only the first when all are UP
        "camel.health.exposure-level=full",
        "management.endpoint.health.show-details=always",
        "management.endpoint.health.probes.enabled=true",
        // camel-spring-boot's readiness indicator (Camel's readiness checks) in the readiness group
        "management.endpoint.health.group.readiness.include=readinessState,camelReadinessState",
        "server.address=127.0.0.1" })
class ActuatorHealthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension(2);

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.workflowrun.base-url", () -> SIMULATOR.baseUrl("dify"));
    }

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private Environment environment;

    @Test
    void theActuatorShowsTheCheckUpThenDownWhileTheKeyIsRefusedThenUpAgain() throws Exception {
        Answer up = get("/actuator/health");
        assertThat(up.status()).isEqualTo(200);
        assertThat(workflowRunState(up)).isEqualTo("UP");
        assertThat(workflowRunData(up)).containsEntry("provider", "dify").containsEntry("configuration", "valid")
                .containsEntry("transport", "started");
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);

        SIMULATOR.get().injectNext("dify", SimulatorResponse.json(401, Map.of("code", "unauthorized", "message", "Access token is invalid",
                "status", 401)));
        assertThat(template.request("direct:start", e -> e.getMessage().setBody(Map.of())).getException()).isNotNull();

        Answer down = get("/actuator/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(workflowRunState(down)).isEqualTo("DOWN");
        assertThat(workflowRunData(down)).containsEntry("authentication.failures.in.a.row", "1");
        assertThat(workflowRunData(down).get("reason")).asString().contains("provider dify refused the credentials");
        assertThat(down.text()).doesNotContain(WorkflowRunSimulator.API_KEY);
        Answer readiness = get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.body()).containsEntry("status", "OUT_OF_SERVICE");
        assertThat(readiness.text()).doesNotContain(WorkflowRunSimulator.API_KEY);

        assertThat(template.request("direct:start", e -> e.getMessage().setBody(Map.of())).getException()).isNull();
        assertThat(workflowRunState(get("/actuator/health"))).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    /** The state camel-spring-boot's indicator shows for the workflowrun producer's check. */
    private static String workflowRunState(Answer answer) {
        return String.valueOf(camelDetails(answer).entrySet().stream()
                .filter(e -> e.getKey().startsWith("producer:workflowrun-dify-") && !e.getKey().endsWith(".data"))
                .findFirst().orElseThrow(() -> new AssertionError("no workflowrun check in " + answer.text())).getValue());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflowRunData(Answer answer) {
        return (Map<String, Object>) camelDetails(answer).entrySet().stream()
                .filter(e -> e.getKey().startsWith("producer:workflowrun-dify-") && e.getKey().endsWith(".data"))
                .findFirst().orElseThrow(() -> new AssertionError("no workflowrun check data in " + answer.text())).getValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> camelDetails(Answer answer) {
        Map<String, Object> components = (Map<String, Object>) answer.body().get("components");
        Map<String, Object> camel = (Map<String, Object>) components.get("camelHealth");
        return (Map<String, Object>) camel.get("details");
    }

    private Answer get(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(), JSON.readValue(response.body(), new TypeReference<>() {
        }));
    }

    private record Answer(int status, String text, Map<String, Object> body) {
    }
}
