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
package io.workflowrun.simulator.huawei;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.functiongraph.v2.FunctionGraphClient;
import com.huaweicloud.sdk.functiongraph.v2.model.FlowExecuteBody;
import com.huaweicloud.sdk.functiongraph.v2.model.ShowWorkflowExecutionRequest;
import com.huaweicloud.sdk.functiongraph.v2.model.ShowWorkflowExecutionResponse;
import com.huaweicloud.sdk.functiongraph.v2.model.StartWorkflowExecutionRequest;
import com.huaweicloud.sdk.functiongraph.v2.model.StartWorkflowExecutionResponse;
import com.huaweicloud.sdk.functiongraph.v2.model.StopWorkFlowRequest;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Huawei's own SDK signs the trigger call and the simulator's verifier accepts it; copies of that exact request with
 * one body byte, one signed header, or the secret changed are refused with API Gateway's error.
 */
class FunctionGraphSdkOracleTest {

    private static final String PROJECT = "0b1a2c3d4e5f40718293a4b5c6d7e8f9";
    private static final String WORKFLOW = "48aff955-ea10-4ffd-b426-190bc192dc14";
    // headers the JDK client sets itself and refuses to take from the caller
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static FunctionGraphClient sdk(String accessKey, String secretKey, String securityToken) {
        BasicCredentials credentials = new BasicCredentials().withAk(accessKey).withSk(secretKey).withProjectId(PROJECT);
        if (securityToken != null) {
            credentials.withSecurityToken(securityToken);
        }
        return FunctionGraphClient.newBuilder()
                .withCredential(credentials)
                .withEndpoints(List.of("http://127.0.0.1:" + simulator.get().port(FunctionGraphHandler.ID)))
                .build();
    }

    private static StartWorkflowExecutionRequest trigger() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("城市", "深圳 🚀");
        input.put("a&b=c+d/e%f~g* h", "x&y=z+1/2%3~4* 5");
        return new StartWorkflowExecutionRequest()
                .withWorkflowId(WORKFLOW)
                .withXWorkflowRunID("run-7")
                .withXCreateTime("2024-01-02T03:04:05Z")
                .withBody(new FlowExecuteBody().withInput(input).withHeaders(Map.of("tenantId", "user1")));
    }

    @Test
    void acceptsTheTriggerCallAsTheSdkSignsIt() {
        StartWorkflowExecutionResponse response = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null)
                .startWorkflowExecution(trigger());

        SimulatedRun run = simulator.get().runs(FunctionGraphHandler.ID).get(0);
        assertThat(response.getExecutionId()).isEqualTo(run.runId());
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.parameters()).containsEntry("城市", "深圳 🚀").containsEntry("a&b=c+d/e%f~g* h", "x&y=z+1/2%3~4* 5");
        SimulatorRequest received = onlyRequest();
        assertThat(received.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=" + WorkflowRunSimulator.ACCESS_KEY + ", ")
                .contains("x-workflowrun-id");
    }

    @Test
    void theSdkReadsTheRunningStoppedAndFailedExecutions() {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        FunctionGraphClient sdk = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null);
        String running = sdk.startWorkflowExecution(trigger()).getExecutionId();

        ShowWorkflowExecutionResponse before = sdk.showWorkflowExecution(show(running));
        sdk.stopWorkFlow(new StopWorkFlowRequest().withWorkflowId(WORKFLOW).withExecutionId(running));
        ShowWorkflowExecutionResponse after = sdk.showWorkflowExecution(show(running));
        simulator.get().setTimeline(Duration.ZERO, Duration.ZERO);
        simulator.get().setOutcome(WORKFLOW, RunState.FAILED);
        String failed = sdk.startWorkflowExecution(trigger()).getExecutionId();
        ShowWorkflowExecutionResponse fail = sdk.showWorkflowExecution(show(failed));

        assertThat(before.getHttpStatusCode()).isEqualTo(200);
        assertThat(before.getStatus()).isEqualTo(ShowWorkflowExecutionResponse.StatusEnum.RUNNING);
        assertThat(before.getExecutionId()).isEqualTo(running);
        assertThat(before.getEndTime()).isNull();
        assertThat(after.getStatus()).isEqualTo(ShowWorkflowExecutionResponse.StatusEnum.CANCEL);
        assertThat(after.getEndTime()).isNotNull();
        assertThat(simulator.get().stateOf(FunctionGraphHandler.ID, running)).isEqualTo(RunState.CANCELLED);
        assertThat(fail.getStatus()).isEqualTo(ShowWorkflowExecutionResponse.StatusEnum.FAIL);
        assertThat(fail.getNodeExecutionDetails()).singleElement()
                .satisfies(node -> assertThat(node.getExecutions().get(0).getErrorMessage()).isNotNull());
    }

    @Test
    void anUnknownExecutionIsNotFoundForTheSdk() {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null)
                        .showWorkflowExecution(show("no-such-execution")));

        assertThat(refused.getHttpStatusCode()).isEqualTo(404);
        assertThat(refused.getErrorCode()).isEqualTo("FSS.0404");
        assertThat(refused.getErrorMsg()).isEqualTo("The specified resource was not found.");
    }

    private static ShowWorkflowExecutionRequest show(String executionId) {
        return new ShowWorkflowExecutionRequest().withWorkflowId(WORKFLOW).withExecutionId(executionId);
    }

    @Test
    void acceptsTemporaryCredentialsWithTheirSecurityToken() {
        StartWorkflowExecutionResponse response = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY,
                "sim-security-token").startWorkflowExecution(trigger());

        assertThat(response.getExecutionId()).isNotBlank();
        assertThat(onlyRequest().header("Authorization")).contains("x-security-token");
    }

    @Test
    void theSameBytesSentAgainAreAccepted() throws Exception {
        sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null).startWorkflowExecution(trigger());
        SimulatorRequest signed = onlyRequest();

        HttpResponse<String> replayed = replay(signed, signed.headers(), signed.body());

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
    }

    @Test
    void oneBodyByteChangedIsRefused() throws Exception {
        sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null).startWorkflowExecution(trigger());
        SimulatorRequest signed = onlyRequest();
        byte[] body = signed.body().clone();
        int digit = new String(body, java.nio.charset.StandardCharsets.UTF_8).indexOf("user1") + 4;
        body[digit] = '2';

        HttpResponse<String> replayed = replay(signed, signed.headers(), body);

        assertRefused(replayed, "Incorrect IAM authentication information: verify aksk signature fail");
    }

    @Test
    void oneSignedHeaderChangedIsRefused() throws Exception {
        sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null).startWorkflowExecution(trigger());
        SimulatorRequest signed = onlyRequest();
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
        headers.put("x-workflowrun-id", List.of("run-8"));

        HttpResponse<String> replayed = replay(signed, headers, signed.body());

        assertRefused(replayed, "Incorrect IAM authentication information: verify aksk signature fail");
    }

    @Test
    void aChangedSecretIsRefused() {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> sdk(WorkflowRunSimulator.ACCESS_KEY, "not-the-secret", null).startWorkflowExecution(trigger()));

        assertThat(refused.getHttpStatusCode()).isEqualTo(401);
        assertThat(refused.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(refused.getErrorMsg()).isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");
        assertThat(refused.getRequestId()).matches("[0-9a-f]{32}");
        assertThat(simulator.get().runs()).isEmpty();
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> sdk("UNKNOWNAK", WorkflowRunSimulator.SECRET_KEY, null).startWorkflowExecution(trigger()));

        assertThat(refused.getHttpStatusCode()).isEqualTo(401);
        assertThat(refused.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(refused.getErrorMsg())
                .isEqualTo("Incorrect IAM authentication information: Get secretKey failed,ak:UNKNOWNAK,err:ak not exist");
    }

    @Test
    void aStaleSdkDateIsRefused() {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));

        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null).startWorkflowExecution(trigger()));

        assertThat(refused.getHttpStatusCode()).isEqualTo(401);
        assertThat(refused.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(refused.getErrorMsg())
                .isEqualTo("Incorrect IAM authentication information: calc ak sk signature fail:signature expired");
    }

    @Test
    void aSdkDateWithinFifteenMinutesIsAccepted() {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-14)));

        StartWorkflowExecutionResponse response = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null)
                .startWorkflowExecution(trigger());

        assertThat(response.getExecutionId()).isNotBlank();
    }

    private static SimulatorRequest onlyRequest() {
        List<WorkflowRunSimulator.Recorded> requests = simulator.get().requests(FunctionGraphHandler.ID);
        assertThat(requests).hasSize(1);
        return requests.get(0).request();
    }

    private static HttpResponse<String> replay(SimulatorRequest signed, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + simulator.get().port(FunctionGraphHandler.ID) + signed.rawPath()))
                .method(signed.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(10));
        headers.forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"error_code\":\"APIGW.0301\"").contains("\"error_msg\":\"" + message + "\"");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }
}
