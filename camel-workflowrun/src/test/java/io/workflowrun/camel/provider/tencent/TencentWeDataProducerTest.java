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
package io.workflowrun.camel.provider.tencent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import io.workflowrun.camel.SimulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's TC3 signing, proven by the simulator's independent verifier over many kinds of request, and what a
 * WeData trigger sends. The credential errors every provider has are in {@link TencentWeDataContractTest}.
 */
class TencentWeDataProducerTest extends SimulatorTestSupport {

    private static final String PROVIDER = TencentWeDataProvider.ID;
    private static final String WORKFLOW = WorkflowRunSimulator.sample(PROVIDER).workflowId();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(PROVIDER).uri(simulator.baseUrl(PROVIDER)) + more;
    }

    static Stream<Arguments> parameterMatrix() {
        Map<String, Object> large = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            large.put("key" + i, "值🙂".repeat(300) + i);
        }
        return Stream.of(
                Arguments.of("Chinese", Map.of("日期", "二〇二六年三月", "城市", "深圳")),
                Arguments.of("emoji", Map.of("🚀key", "value 🎉👍🏽")),
                Arguments.of("reserved characters", Map.of("a&b=c+d/e%f~g*h i", "&=+/%~* x&y=z+1/2%3~4*5 6")),
                Arguments.of("numbers, booleans and nested values", Map.of("n", 42, "ok", true, "list", List.of(1, "二"))),
                Arguments.of("empty map", Map.of()),
                Arguments.of("large", large));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameterMatrix")
    void triggersARunWithTheParametersAsAdvancedParams(String name, Map<String, Object> parameters) {
        Exchange out = template.request(uri(""), e -> e.getMessage().setBody(parameters));

        assertThat(out.getException()).isNull();
        var run = simulator.runs(PROVIDER).get(0);
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(out.getMessage().getBody(WorkflowRun.class).runId()).isEqualTo(run.runId());
        Map<String, Object> expected = new LinkedHashMap<>();
        parameters.forEach((key, value) -> expected.put(key, value instanceof List<?> ? "[1,\"二\"]" : value.toString()));
        assertThat(run.parameters()).isEqualTo(expected);
    }

    @Test
    void sendsNoAdvancedParamsForANullBody() throws Exception {
        Exchange out = template.request(uri(""), e -> e.getMessage().setBody(null));

        assertThat(out.getException()).isNull();
        assertThat(sentBody()).containsOnlyKeys("ProjectId", "WorkflowId");
    }

    @Test
    void acceptsJsonTextAsTheBody() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setBody("{\"名字\":\"值 & = +\"}"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs(PROVIDER).get(0).parameters()).containsEntry("名字", "值 & = +");
    }

    @Test
    void sendsTheSecurityTokenWhenThereIsOne() {
        template.request(uri("&securityToken=temporary-token"), e -> e.getMessage().setBody(Map.of("a", "b")));
        template.request(uri(""), e -> e.getMessage().setBody(Map.of("a", "b")));

        assertThat(simulator.runs(PROVIDER)).hasSize(2);
        List<SimulatorRequest> requests = simulator.requests(PROVIDER).stream().map(WorkflowRunSimulator.Recorded::request).toList();
        assertThat(requests.get(0).header("X-TC-Token")).isEqualTo("temporary-token");
        assertThat(requests.get(1).header("X-TC-Token")).isNull();
    }

    @Test
    void signsTheHostWithItsPortBehindAPathPrefix() {
        String prefixed = uri("").replace("&baseUrl=" + simulator.baseUrl(PROVIDER),
                "&baseUrl=" + simulator.baseUrl(PROVIDER) + "/gateway/wedata");

        Exchange out = template.request(prefixed, e -> e.getMessage().setBody(Map.of("a", "b")));

        assertThat(out.getException()).isNull();
        SimulatorRequest sent = simulator.requests(PROVIDER).get(0).request();
        assertThat(sent.rawPath()).isEqualTo("/gateway/wedata/");
        assertThat(sent.header("Host")).isEqualTo("127.0.0.1:" + simulator.port(PROVIDER));
        assertThat(sent.header("Authorization")).contains("/wedata/tc3_request, SignedHeaders=content-type;host;x-tc-action, ");
    }

    @Test
    void sendsTheCommonHeaders() {
        template.request(uri(""), e -> e.getMessage().setBody(Map.of("a", "b")));

        SimulatorRequest sent = simulator.requests(PROVIDER).get(0).request();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.header("X-TC-Action")).isEqualTo("CreateTriggerWorkflowRun");
        assertThat(sent.header("X-TC-Version")).isEqualTo("2025-08-06");
        assertThat(sent.header("X-TC-Region")).isEqualTo(WorkflowRunSimulator.sample(PROVIDER).settings().get("region"));
        assertThat(sent.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(Long.parseLong(sent.header("X-TC-Timestamp"))).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
    }

    @Test
    void takesTaskIdsAndResourceGroupsFromOptions() throws Exception {
        template.request(uri("&taskIds= 101, 102 ,&schedulingResourceGroupId=sched-1&integrationResourceGroupId=integ-1"),
                e -> e.getMessage().setBody(null));

        assertThat(sentBody())
                .containsEntry("TaskIds", List.of("101", "102"))
                .containsEntry("SchedulingResourceGroupId", "sched-1")
                .containsEntry("IntegrationResourceGroupId", "integ-1");
    }

    @Test
    void headersOverrideTheOptions() throws Exception {
        template.request(uri("&taskIds=101&schedulingResourceGroupId=sched-1&integrationResourceGroupId=integ-1"), e -> {
            e.getMessage().setHeader(TencentWeDataConstants.TASK_IDS, List.of("201", 202L));
            e.getMessage().setHeader(TencentWeDataConstants.SCHEDULING_RESOURCE_GROUP_ID, "sched-2");
            e.getMessage().setHeader(TencentWeDataConstants.INTEGRATION_RESOURCE_GROUP_ID, "integ-2");
            e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, "other-workflow");
        });
        template.request(uri(""), e -> e.getMessage().setHeader(TencentWeDataConstants.TASK_IDS, "301,302"));

        assertThat(sentBody())
                .containsEntry("WorkflowId", "other-workflow")
                .containsEntry("TaskIds", List.of("201", "202"))
                .containsEntry("SchedulingResourceGroupId", "sched-2")
                .containsEntry("IntegrationResourceGroupId", "integ-2");
        assertThat(bodyOf(simulator.requests(PROVIDER).get(1).request())).containsEntry("TaskIds", List.of("301", "302"));
    }

    @Test
    void aClockSixMinutesAheadMakesTheSignatureExpire() {
        simulator.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));

        assertThat(providerError(uri(""), Map.of("a", "b")).getErrorCode()).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void aClockFourMinutesBehindIsStillWithinTheWindow() {
        simulator.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4)));

        Exchange out = template.request(uri(""), e -> e.getMessage().setBody(Map.of("a", "b")));

        assertThat(out.getException()).isNull();
    }

    private static Map<String, Object> sentBody() throws Exception {
        return bodyOf(simulator.requests(PROVIDER).get(0).request());
    }

    private static Map<String, Object> bodyOf(SimulatorRequest request) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(new String(request.body(), StandardCharsets.UTF_8), Map.class);
        return body;
    }
}
