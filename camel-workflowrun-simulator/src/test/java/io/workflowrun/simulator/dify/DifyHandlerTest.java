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
package io.workflowrun.simulator.dify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated Dify behaves as Dify's code does where a client can tell. */
class DifyHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> post(String path, String body, String apiKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + path))
                .header("Authorization", "Bearer " + apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String apiKey) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + path))
                .header("Authorization", "Bearer " + apiKey).GET().timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode run(String mode, String user) throws Exception {
        String body = "{\"inputs\": {\"q\": \"hi\"}, \"user\": \"" + user + "\", \"response_mode\": \"" + mode + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + "/workflows/run"))
                .header("Authorization", "Bearer " + WorkflowRunSimulator.API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(answer.statusCode()).isEqualTo(200);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            if (mode.equals("blocking")) {
                return JSON.readTree(reader);
            }
            // the first event of the stream tells the run and its task; the stream is left (the run may go on for ever)
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("data: ")) {
                    return JSON.readTree(line.substring("data: ".length()));
                }
            }
        }
        throw new AssertionError("the stream told nothing");
    }

    private List<String> events(String body) {
        return body.lines().filter(line -> line.startsWith("data: ")).map(line -> {
            try {
                return JSON.readTree(line.substring("data: ".length())).get("event").asText();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private HttpResponse<String> stop(String taskId, String user) throws Exception {
        return post("/workflows/tasks/" + taskId + "/stop", "{\"user\": \"" + user + "\"}", WorkflowRunSimulator.API_KEY);
    }

    private RunState state(JsonNode started) {
        return simulator.get().stateOf("dify", started.get("workflow_run_id").asText());
    }

    @Test
    void aStopFromAnotherUserIsIgnoredAndAnsweredSuccess() throws Exception {
        simulator.get().setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        JsonNode started = run("streaming", "alice");

        HttpResponse<String> answer = stop(started.get("task_id").asText(), "bob");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.valueToTree(Map.of("result", "success")));
        assertThat(state(started)).isEqualTo(RunState.RUNNING);
        stop(started.get("task_id").asText(), "alice");
        assertThat(state(started)).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void aStopOfAnEndedTaskChangesNothingAndIsAnsweredSuccess() throws Exception {
        JsonNode started = run("blocking", "alice");

        HttpResponse<String> answer = stop(started.get("task_id").asText(), "alice");
        HttpResponse<String> unknown = stop("00000000-0000-0000-0000-000000000000", "alice");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(state(started)).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void aBlockingCallPastTheGatewayTimeoutIsAnswered504WhileTheRunGoesOn() throws Exception {
        simulator.get().setGatewayTimeout(Duration.ofMillis(100));
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));

        HttpResponse<String> answer = post("/workflows/run", "{\"inputs\": {}, \"user\": \"alice\"}", WorkflowRunSimulator.API_KEY);

        assertThat(answer.statusCode()).isEqualTo(504);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        SimulatedRun run = simulator.get().runs("dify").get(0);
        assertThat(simulator.get().stateOf("dify", run.runId())).isEqualTo(RunState.RUNNING);
    }

    @Test
    void aStreamEndsWithThePauseWhenTheRunWaitsForInput() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.get().setWaiting(Duration.ofMinutes(5));

        HttpResponse<String> answer = post("/workflows/run", "{\"inputs\": {}, \"user\": \"alice\", \"response_mode\": \"streaming\"}",
                WorkflowRunSimulator.API_KEY);

        assertThat(events(answer.body())).containsExactly("workflow_started", "node_started", "workflow_paused");
        String paused = answer.body().lines().filter(line -> line.contains("workflow_paused")).findFirst().orElseThrow();
        assertThat(JSON.readTree(paused.substring("data: ".length())).at("/data/status").asText()).isEqualTo("paused");
        String runId = simulator.get().runs("dify").get(0).runId();
        assertThat(JSON.readTree(get("/workflows/run/" + runId, WorkflowRunSimulator.API_KEY).body()).get("status").asText())
                .isEqualTo("paused");
    }

    @Test
    void aStreamPingsWhileTheRunGoesOnAndFinishesWithIt() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMillis(1500));

        HttpResponse<String> answer = post("/workflows/run", "{\"inputs\": {}, \"user\": \"alice\", \"response_mode\": \"streaming\"}",
                WorkflowRunSimulator.API_KEY);

        assertThat(answer.body()).contains("event: ping");
        assertThat(events(answer.body())).containsExactly("workflow_started", "node_started", "workflow_finished");
    }

    @Test
    void runDetailShowsAnyUsersRunOfTheAppWithInputsAsJsonTextButNotAnotherAppsRun() throws Exception {
        JsonNode started = run("blocking", "alice");
        simulator.get().addKey("dify", "app-other", "app-other");
        String path = "/workflows/run/" + started.get("workflow_run_id").asText();

        JsonNode detail = JSON.readTree(get(path, WorkflowRunSimulator.API_KEY).body());
        HttpResponse<String> otherApp = get(path, "app-other");

        assertThat(detail.get("status").asText()).isEqualTo("succeeded");
        assertThat(detail.get("inputs").isTextual()).isTrue();
        assertThat(JSON.readTree(detail.get("inputs").asText())).isEqualTo(JSON.valueToTree(Map.of("q", "hi")));
        assertThat(otherApp.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(otherApp.body()).get("message").asText()).isEqualTo("Workflow run not found.");
    }

    @Test
    void authorizationErrorsAreDifysOwn() throws Exception {
        HttpRequest basic = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + "/workflows/run"))
                .header("Authorization", "Basic abc").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpRequest none = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + "/workflows/run"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertThat(JSON.readTree(http.send(basic, HttpResponse.BodyHandlers.ofString()).body()).get("message").asText())
                .isEqualTo("Authorization scheme must be 'Bearer'");
        assertThat(JSON.readTree(http.send(none, HttpResponse.BodyHandlers.ofString()).body()).get("message").asText())
                .isEqualTo("Authorization header must be provided and start with 'Bearer'");
        assertThat(JSON.readTree(post("/workflows/run", "{}", "wrong").body()).get("message").asText()).isEqualTo("Access token is invalid");
    }

    @Test
    void aQuotaRefusalAndThrottlingAreTwoDifferent429s() throws Exception {
        simulator.get().injectNext("dify", DifyHandler.quotaExceeded());
        simulator.get().injectNext("dify", io.workflowrun.simulator.Fault.providerThrottling());

        JsonNode quota = JSON.readTree(post("/workflows/run", "{\"inputs\": {}, \"user\": \"a\"}", WorkflowRunSimulator.API_KEY).body());
        JsonNode throttled = JSON.readTree(post("/workflows/run", "{\"inputs\": {}, \"user\": \"a\"}", WorkflowRunSimulator.API_KEY).body());

        assertThat(quota.get("status").asInt()).isEqualTo(429);
        assertThat(quota.get("code").asText()).isEqualTo("rate_limit_error");
        assertThat(throttled.get("status").asInt()).isEqualTo(429);
        assertThat(throttled.get("code").asText()).isEqualTo("too_many_requests");
        assertThat(simulator.get().runs()).isEmpty();
    }
}
