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
package io.workflowrun.simulator.coze;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated Coze answers in Coze's shape where the component's tests do not look: raw answers, synchronous runs. */
class CozeHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = "/v1/workflow/run";
    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> post(String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("coze") + RUN))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body());
    }

    @Test
    void errorsComeWithHttp200ACodeAMessageAndTheLogId() throws Exception {
        HttpResponse<String> noToken = post("{\"workflow_id\": \"" + CozeHandler.WORKFLOW_ID + "\", \"is_async\": true}", null);
        HttpResponse<String> both = post("{\"workflow_id\": \"" + CozeHandler.WORKFLOW_ID + "\", \"bot_id\": \"1\", \"app_id\": \"2\"}",
                WorkflowRunSimulator.API_KEY);
        HttpResponse<String> unpublished = post("{\"workflow_id\": \"" + CozeHandler.UNPUBLISHED_WORKFLOW_ID + "\"}",
                WorkflowRunSimulator.API_KEY);

        assertThat(noToken.statusCode()).isEqualTo(200);
        assertThat(json(noToken).path("code").asInt()).isEqualTo(4100);
        assertThat(json(noToken).path("msg").asText()).isEqualTo("authentication is invalid");
        assertThat(json(both).path("code").asInt()).isEqualTo(4000);
        assertThat(json(unpublished).path("code").asInt()).isEqualTo(4200);
        for (HttpResponse<String> answer : List.of(noToken, both, unpublished)) {
            assertThat(answer.headers().firstValue(CozeHandler.LOG_ID_HEADER)).hasValue(json(answer).path("detail").path("logid").asText());
        }
        assertThat(simulator.get().runs()).isEmpty();
    }

    @Test
    void throttlingIsCoze4009InAnHttp200Answer() throws Exception {
        simulator.get().injectNext("coze", Fault.providerThrottling());

        HttpResponse<String> answer = post("{\"workflow_id\": \"" + CozeHandler.WORKFLOW_ID + "\", \"is_async\": true}",
                WorkflowRunSimulator.API_KEY);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("code").asInt()).isEqualTo(CozeHandler.SYSTEM_BUSY);
        assertThat(simulator.get().runs()).isEmpty();
    }

    @Test
    void withoutIsAsyncTheRunIsAnsweredWithItsOutputAndNoExecuteId() throws Exception {
        HttpResponse<String> answer = post("{\"workflow_id\": \"" + CozeHandler.WORKFLOW_ID + "\", "
                                           + "\"parameters\": \"{\\\"order\\\": \\\"A-1\\\"}\"}", WorkflowRunSimulator.API_KEY);

        JsonNode body = json(answer);
        assertThat(body.path("code").asInt()).isZero();
        assertThat(body.has("execute_id")).isFalse();
        assertThat(JSON.readTree(JSON.readTree(body.path("data").asText()).path("Output").asText()).path("order").asText())
                .isEqualTo("A-1");
        assertThat(simulator.get().runs()).singleElement().satisfies(run -> assertThat(run.parameters()).containsEntry("order", "A-1"));
    }
}
