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
package io.workflowrun.simulator.tencent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.wedata.v20250806.WedataClient;
import com.tencentcloudapi.wedata.v20250806.models.CreateTriggerWorkflowRunRequest;
import com.tencentcloudapi.wedata.v20250806.models.CreateTriggerWorkflowRunResponse;
import com.tencentcloudapi.wedata.v20250806.models.ExecutionActionBrief;
import com.tencentcloudapi.wedata.v20250806.models.GetTriggerWorkflowRunRequest;
import com.tencentcloudapi.wedata.v20250806.models.GetTriggerWorkflowRunResponse;
import com.tencentcloudapi.wedata.v20250806.models.KillTriggerWorkflowRunsRequest;
import com.tencentcloudapi.wedata.v20250806.models.KillTriggerWorkflowRunsResponse;
import com.tencentcloudapi.wedata.v20250806.models.SchedulingParameter;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tencent's official Java SDK calls the simulator: its requests are accepted, and copies of them with one thing
 * changed are rejected. This proves the simulator's verifier, which in turn proves the component's signer.
 * <p>
 * The SDK takes its signing service from the endpoint's first DNS label, so it is pointed at
 * {@value #HOST}, which the test JVM resolves to 127.0.0.1 (see src/test/loopback-hosts).
 */
class TencentWeDataSdkOracleTest {

    private static final String HOST = "wedata.simulator.test";
    private static final String ID = TencentWeDataHandler.ID;
    private static final String WORKFLOW = "9f551833-2150-4772-8ec1-78019779617c";
    /** Headers the JDK client sets itself and will not copy. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static WedataClient sdk(Credential credential) {
        HttpProfile http = new HttpProfile();
        http.setProtocol("http://");
        http.setEndpoint(HOST + ":" + simulator.get().port(ID));
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new WedataClient(credential, "ap-guangzhou", profile);
    }

    private static Credential goodCredential() {
        return new Credential(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY);
    }

    private static CreateTriggerWorkflowRunRequest trigger() {
        CreateTriggerWorkflowRunRequest request = new CreateTriggerWorkflowRunRequest();
        request.setProjectId("3126203945134080");
        request.setWorkflowId(WORKFLOW);
        SchedulingParameter chinese = new SchedulingParameter();
        chinese.setParamKey("城市 &=+/%~* 🚀");
        chinese.setParamValue("深圳 &=+/%~* 🎉");
        SchedulingParameter plain = new SchedulingParameter();
        plain.setParamKey("k1");
        plain.setParamValue("k2");
        request.setAdvancedParams(new SchedulingParameter[] {chinese, plain});
        request.setTaskIds(new String[] {"20260101053102448"});
        request.setSchedulingResourceGroupId("20260101005230846836");
        request.setIntegrationResourceGroupId("20250620022930469737");
        return request;
    }

    @Test
    void theSdksCallIsAccepted() throws Exception {
        CreateTriggerWorkflowRunResponse response = sdk(goodCredential()).CreateTriggerWorkflowRun(trigger());

        SimulatedRun run = simulator.get().runs(ID).get(0);
        assertThat(response.getData().getWorkflowExecutionId()).isEqualTo(run.runId());
        assertThat(response.getRequestId()).isNotBlank();
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.parameters()).containsEntry("城市 &=+/%~* 🚀", "深圳 &=+/%~* 🎉").containsEntry("k1", "k2");
        SimulatorRequest sent = simulator.get().requests(ID).get(0).request();
        assertThat(sent.header("Authorization")).contains("/wedata/tc3_request, SignedHeaders=content-type;host, ");
        assertThat(sent.header("Host")).isEqualTo(HOST + ":" + simulator.get().port(ID));
    }

    private static GetTriggerWorkflowRunRequest statusOf(String runId) {
        GetTriggerWorkflowRunRequest request = new GetTriggerWorkflowRunRequest();
        request.setProjectId("3126203945134080");
        request.setWorkflowExecutionId(runId);
        return request;
    }

    private static KillTriggerWorkflowRunsRequest kill(String runId) {
        KillTriggerWorkflowRunsRequest request = new KillTriggerWorkflowRunsRequest();
        request.setProjectId("3126203945134080");
        request.setWorkflowId(WORKFLOW);
        request.setWorkflowExecutionIdList(new String[] {runId});
        return request;
    }

    @Test
    void theSdkReadsTheRunsStatusAndKillsIt() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        WedataClient sdk = sdk(goodCredential());
        String runId = sdk.CreateTriggerWorkflowRun(trigger()).getData().getWorkflowExecutionId();

        GetTriggerWorkflowRunResponse running = sdk.GetTriggerWorkflowRun(statusOf(runId));
        KillTriggerWorkflowRunsResponse killed = sdk.KillTriggerWorkflowRuns(kill(runId));
        GetTriggerWorkflowRunResponse afterKill = sdk.GetTriggerWorkflowRun(statusOf(runId));

        assertThat(running.getData().getTriggerWorkflowRun().getExecutionId()).isEqualTo(runId);
        assertThat(running.getData().getTriggerWorkflowRun().getWorkflowId()).isEqualTo(WORKFLOW);
        assertThat(running.getData().getTriggerWorkflowRun().getExecutionState()).isEqualTo("RUNNING");
        ExecutionActionBrief outcome = killed.getData()[0];
        assertThat(outcome.getItemId()).isEqualTo(runId);
        assertThat(outcome.getOpStatus()).isTrue();
        assertThat(simulator.get().stateOf(ID, runId)).isEqualTo(RunState.CANCELLED);
        // not one of the five documented states: the SDK's model takes it as any text, and the end time with it
        assertThat(afterKill.getData().getTriggerWorkflowRun().getExecutionState()).isEqualTo("KILL");
        assertThat(afterKill.getData().getTriggerWorkflowRun().getExecutionEndTime()).matches("\\d+");
    }

    @Test
    void killingAFinishedRunIsRefusedPerRun() throws Exception {
        WedataClient sdk = sdk(goodCredential());
        String runId = sdk.CreateTriggerWorkflowRun(trigger()).getData().getWorkflowExecutionId();

        ExecutionActionBrief outcome = sdk.KillTriggerWorkflowRuns(kill(runId)).getData()[0];

        assertThat(outcome.getOpStatus()).isFalse();
        assertThat(outcome.getErrorMessage()).isNotBlank();
        assertThat(sdk.GetTriggerWorkflowRun(statusOf(runId)).getData().getTriggerWorkflowRun().getExecutionState()).isEqualTo("SUCCESS");
    }

    @Test
    void anUnknownRunIsResourceNotFoundToTheSdk() {
        assertThatThrownBy(() -> sdk(goodCredential()).GetTriggerWorkflowRun(statusOf("00000000-0000-0000-0000-000000000000")))
                .isInstanceOfSatisfying(TencentCloudSDKException.class, e -> assertThat(e.getErrorCode()).isEqualTo("ResourceNotFound"));
    }

    @Test
    void theSdksCallWithTemporaryCredentialsIsAccepted() throws Exception {
        Credential temporary = new Credential(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, "session-token");

        CreateTriggerWorkflowRunResponse response = sdk(temporary).CreateTriggerWorkflowRun(trigger());

        assertThat(response.getData().getWorkflowExecutionId()).isEqualTo(simulator.get().runs(ID).get(0).runId());
        assertThat(simulator.get().requests(ID).get(0).request().header("X-TC-Token")).isEqualTo("session-token");
    }

    @Test
    void anExactCopyOfTheSdksRequestIsAcceptedAndACopyWithOneThingChangedIsNot() throws Exception {
        sdk(goodCredential()).CreateTriggerWorkflowRun(trigger());
        SimulatorRequest original = simulator.get().requests(ID).get(0).request();
        String sameHost = "http://" + HOST + ":" + simulator.get().port(ID) + "/";

        assertThat(replay(original, sameHost, Map.of(), body -> body)).containsKey("Data");

        assertThat(errorCode(replay(original, sameHost, Map.of(), TencentWeDataSdkOracleTest::changeOneByte)))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(errorCode(replay(original, sameHost, Map.of("Content-Type", "application/json"), body -> body)))
                .isEqualTo("AuthFailure.SignatureFailure");
        // the signed Host differs: same server, reached by another name
        assertThat(errorCode(replay(original, "http://127.0.0.1:" + simulator.get().port(ID) + "/", Map.of(), body -> body)))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(simulator.get().runs(ID)).hasSize(2);
    }

    @Test
    void aChangedSecretIsRejected() {
        Credential wrong = new Credential(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY + "x");

        assertThatThrownBy(() -> sdk(wrong).CreateTriggerWorkflowRun(trigger()))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SignatureFailure"));
        assertThat(simulator.get().runs(ID)).isEmpty();
    }

    @Test
    void anUnknownSecretIdIsRejected() {
        assertThatThrownBy(() -> sdk(new Credential("AKIDunknown", "secret")).CreateTriggerWorkflowRun(trigger()))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SecretIdNotFound"));
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsRejected() {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));

        assertThatThrownBy(() -> sdk(goodCredential()).CreateTriggerWorkflowRun(trigger()))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("AuthFailure.SignatureExpire"));
    }

    @Test
    void aMissingWorkflowIdIsAMissingParameter() {
        CreateTriggerWorkflowRunRequest request = trigger();
        request.setWorkflowId(null);

        assertThatThrownBy(() -> sdk(goodCredential()).CreateTriggerWorkflowRun(request))
                .isInstanceOfSatisfying(TencentCloudSDKException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo("MissingParameter"));
    }

    private static byte[] changeOneByte(byte[] body) {
        byte[] changed = body.clone();
        int at = new String(body, StandardCharsets.ISO_8859_1).indexOf(WORKFLOW);
        changed[at] = (byte) (changed[at] == '9' ? '8' : '9');
        return changed;
    }

    /** Sends a copy of a received request: same method, headers and body, some headers replaced, the body changed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> replay(SimulatorRequest original, String url, Map<String, String> replaced,
            UnaryOperator<byte[]> body) throws Exception {
        HttpRequest.Builder copy = HttpRequest.newBuilder(URI.create(url))
                .method(original.method(), HttpRequest.BodyPublishers.ofByteArray(body.apply(original.body())));
        original.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name) && replaced.keySet().stream().noneMatch(name::equalsIgnoreCase)) {
                values.forEach(value -> copy.header(name, value));
            }
        });
        replaced.forEach(copy::header);
        HttpResponse<byte[]> answer = HTTP.send(copy.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return (Map<String, Object>) new ObjectMapper().readValue(answer.body(), Map.class).get("Response");
    }

    @SuppressWarnings("unchecked")
    private static String errorCode(Map<String, Object> response) {
        Object error = response.get("Error");
        assertThat(error).as("an error answer").isInstanceOf(Map.class);
        return (String) ((Map<String, Object>) error).get("Code");
    }
}
