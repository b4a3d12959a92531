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

import io.workflowrun.camel.model.WorkflowRun;
import java.time.Duration;
import io.workflowrun.camel.provider.interactly.InteractlyConstants;
import io.workflowrun.camel.provider.dify.DifyConstants;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The message in and out, as DESIGN.md's contract says, on the bearer-token providers. */
class MessageContractTest extends SimulatorTestSupport {

    static final String WORKFLOW = "5eb7cf5a86d9755df3a6c593";
    static final String OTHER_WORKFLOW = "65a1b2c3d4e5f60718293a4b";

    /** A POJO body, as a route might build one. */
    public record Order(String orderId, int quantity) {
    }

    private String dify() {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=abc-123&baseUrl=" + simulator.baseUrl("dify");
    }

    private String interactly(String workflowId) {
        return "workflowrun:interactly:" + workflowId + "?apiKey=" + WorkflowRunSimulator.API_KEY
               + "&teamId=team-1&userId=user-1&runBy=camel&baseUrl=" + simulator.baseUrl("interactly");
    }

    @Test
    void interactlyRunIdAndRequestIdComeBackOnTheMessage() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange out = send(interactly(WORKFLOW), Map.of("customer", "Ada"));

        assertThat(out.getException()).isNull();
        SimulatedRun run = simulator.runs("interactly").get(0);
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.runId()).matches("[0-9a-f]{24}");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("running");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).isNotBlank();
        WorkflowRun body = out.getMessage().getBody(WorkflowRun.class);
        assertThat(body.provider()).isEqualTo("interactly");
        assertThat(body.runId()).isEqualTo(run.runId());
        assertThat(run.parameters()).isEqualTo(Map.of("customer", "Ada"));
    }

    @Test
    void interactlySendsTheSdkHeadersAndRunInput() {
        template.request(interactly(WORKFLOW), e -> {
            e.getMessage().setBody(Map.of("name", "Ada"));
            e.getMessage().setHeader(InteractlyConstants.RUNTIME_VARIABLES, "{\"session\":\"s-1\"}");
        });

        var request = simulator.requests("interactly").get(0).request();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + WorkflowRunSimulator.API_KEY);
        assertThat(request.header("teamid")).isEqualTo("team-1");
        assertThat(request.header("uuid")).isEqualTo("user-1");
        assertThat(request.header("X-Interactly-API-Version")).isEqualTo("2026-04-01");
        assertThat(request.bodyText())
                .contains("\"command\":\"start\"")
                .contains("\"dynamic_variables\":{\"name\":\"Ada\"}")
                .contains("\"runtime_variables\":{\"session\":\"s-1\"}")
                .contains("\"run_by\":\"camel\"");
    }

    @Test
    void interactlyWithoutUserIdStillSendsTheUuidHeaderEmptyAsTheSdkDoes() {
        Exchange out = send("workflowrun:interactly:" + WORKFLOW + "?apiKey=" + WorkflowRunSimulator.API_KEY
                            + "&teamId=team-1&baseUrl=" + simulator.baseUrl("interactly"), Map.of("name", "Ada"));

        assertThat(out.getException()).isNull();
        var request = simulator.requests("interactly").get(0).request();
        assertThat(request.headers()).containsKey("uuid");
        assertThat(request.header("uuid")).isEmpty();
        assertThat(simulator.runs("interactly")).hasSize(1);
    }

    @Test
    void mapJsonTextPojoAndNullBodiesBecomeParameters() {
        send(dify(), Map.of("a", 1));
        send(dify(), "{\"b\": [1, 2], \"c\": {\"d\": \"e\"}}");
        send(dify(), "{\"bytes\": true}".getBytes());
        send(dify(), new Order("o-7", 3));
        send(dify(), null);

        List<Map<String, Object>> received = simulator.runs("dify").stream().map(SimulatedRun::parameters).toList();
        assertThat(received).containsExactly(
                Map.of("a", 1),
                Map.of("b", List.of(1, 2), "c", Map.of("d", "e")),
                Map.of("bytes", true),
                Map.of("orderId", "o-7", "quantity", 3),
                Map.of());
    }

    @Test
    void sharedPartsAndObjectsInsideAMapBodyAreTaken() {
        Map<String, Object> address = Map.of("city", "Oslo");
        // the same map twice is not a structure that contains itself
        send(dify(), Map.of("home", address, "work", address, "order", new Order("o-8", 2), "tags", new String[] { "a", "b" }));

        assertThat(simulator.runs("dify").get(0).parameters()).isEqualTo(Map.of("home", Map.of("city", "Oslo"),
                "work", Map.of("city", "Oslo"), "order", Map.of("orderId", "o-8", "quantity", 2), "tags", List.of("a", "b")));
    }

    @Test
    void workflowIdHeaderOverridesTheUri() {
        Exchange out = template.request(interactly(WORKFLOW), e -> e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, OTHER_WORKFLOW));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs("interactly").get(0).workflowId()).isEqualTo(OTHER_WORKFLOW);
    }

    @Test
    void badWorkflowIdHeaderFailsBeforeAnyRequest() {
        Exchange out = template.request(interactly(WORKFLOW), e -> e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, "not-an-id"));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'not-an-id'");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void operationHeaderOverridesTheOption() {
        Exchange out = template.request(dify(), e -> e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "launch"));
        assertThat(out.getException()).hasMessageContaining(WorkflowRunConstants.OPERATION).hasMessageContaining("launch");

        Exchange cancel = template.request(dify(), e -> e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "cancel"));
        assertThat(cancel.getException()).hasMessageContaining(DifyConstants.TASK_ID);
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void difyUserHeaderOverridesTheOption() {
        template.request(dify(), e -> e.getMessage().setHeader(DifyConstants.USER, "end-user-9"));

        assertThat(simulator.requests("dify").get(0).request().bodyText()).contains("\"user\":\"end-user-9\"");
    }

    @Test
    void difyWorkflowVersionIdGoesInThePath() {
        send("workflowrun:dify:0b1c2d3e-aaaa-bbbb-cccc-123456789012?apiKey=" + WorkflowRunSimulator.API_KEY
             + "&user=u&baseUrl=" + simulator.baseUrl("dify"), null);

        assertThat(simulator.requests("dify").get(0).request().rawPath())
                .isEqualTo("/v1/workflows/0b1c2d3e-aaaa-bbbb-cccc-123456789012/run");
    }

    @Test
    void badBodiesFailNamingTheBody() {
        assertThat(send(dify(), "not json").getException()).hasMessageContaining("message body is not valid JSON");
        assertThat(send(dify(), "[1,2]").getException()).hasMessageContaining("not a JSON object");
        assertThat(send(dify(), 42).getException()).hasMessageContaining("body (a java.lang.Integer)");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void workflowRunConvertsToMapAndJson() {
        Exchange out = send(dify(), Map.of("x", "y"));

        Map<?, ?> map = out.getMessage().getBody(Map.class);
        assertThat(map.get("provider")).isEqualTo("dify");
        assertThat(map.get("runId")).isEqualTo(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
        assertThat(map.get("status")).isEqualTo("SUCCEEDED");
        String json = out.getMessage().getBody(String.class);
        assertThat(json).startsWith("{\"provider\":\"dify\"").contains("\"outputs\":{\"x\":\"y\"}");
    }
}
