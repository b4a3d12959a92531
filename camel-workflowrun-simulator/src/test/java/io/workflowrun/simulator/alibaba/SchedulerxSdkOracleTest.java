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
package io.workflowrun.simulator.alibaba;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.aliyun.tea.TeaConverter;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaPair;
import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alibaba Cloud's official OpenAPI client sends {@code ExecuteWorkflow} to the simulator, signed by its own
 * {@code ACS3-HMAC-SHA256} code: the simulator's verifier must accept it, and refuse every tampered copy.
 */
class SchedulerxSdkOracleTest {

    private static final String ID = SchedulerxHandler.ID;
    private static final String TRICKY = "&=+/%~* 中文😀";
    /** STS tokens are base64 text: their + / = reach the gateway as they are. */
    private static final String STS_TOKEN = "CAIS8wF1q6Ft5B2yfSjIr5b+I/3hq+1w0fKlZh/=";
    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();

    private static Client sdk(String accessKey, String secret, String token) throws Exception {
        Config config = new Config().setAccessKeyId(accessKey).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + simulator.get().port(ID)).setProtocol("HTTP");
        if (token != null) {
            config.setSecurityToken(token);
        }
        return new Client(config);
    }

    /** ExecuteWorkflow exactly as the generated schedulerx220190430 client calls it. */
    private static Map<String, ?> executeWorkflow(Client client, String instanceParameters) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("RegionId", "cn-hangzhou");
        query.put("Namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc" + TRICKY);
        query.put("NamespaceSource", "schedulerx");
        query.put("GroupId", "testSchedulerx.defaultGroup");
        query.put("WorkflowId", 111L);
        if (instanceParameters != null) {
            query.put("InstanceParameters", instanceParameters);
        }
        OpenApiRequest request = OpenApiRequest.build(TeaConverter.buildMap(
                new TeaPair("query", com.aliyun.openapiutil.Client.query(query))));
        Params params = Params.build(TeaConverter.buildMap(
                new TeaPair("action", "ExecuteWorkflow"), new TeaPair("version", "2019-04-30"),
                new TeaPair("protocol", "HTTPS"), new TeaPair("pathname", "/"), new TeaPair("method", "GET"),
                new TeaPair("authType", "AK"), new TeaPair("style", "RPC"), new TeaPair("reqBodyType", "formData"),
                new TeaPair("bodyType", "json")));
        return client.callApi(params, request, new RuntimeOptions());
    }

    private static String trickyParameters() {
        return "{\"" + TRICKY + "\":\"" + TRICKY + "\",\"n\":1}";
    }

    @Test
    void acceptsTheOfficialClientsRequest() throws Exception {
        Map<String, ?> answer = executeWorkflow(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null),
                trickyParameters());

        assertThat(answer.get("statusCode")).isEqualTo(200);
        SimulatedRun run = simulator.get().runs(ID).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) answer.get("body");
        assertThat(body).containsEntry("Success", true).containsEntry("Code", 200L);
        assertThat(body.get("Data").toString()).contains(run.runId());
        assertThat(run.workflowId()).isEqualTo("111");
        assertThat(run.parameters()).containsEntry(TRICKY, TRICKY).containsEntry("n", 1);
        SimulatorRequest received = simulator.get().requests(ID).get(0).request();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.body()).isEmpty();
    }

    @Test
    void acceptsTheOfficialClientsRequestWithTemporaryCredentials() throws Exception {
        executeWorkflow(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, STS_TOKEN), null);

        assertThat(simulator.get().requests(ID).get(0).status()).isEqualTo(200);
        assertThat(simulator.get().requests(ID).get(0).request().header("x-acs-security-token")).isEqualTo(STS_TOKEN);
        assertThat(simulator.get().runs(ID).get(0).parameters()).isEmpty();
    }

    /** GetWorkflowInstance and StopInstance as the generated client calls them: GET, query only, from toMap(request). */
    private static Map<String, ?> call(Client client, String action, Map<String, Object> actionQuery) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>(actionQuery);
        query.put("RegionId", "cn-hangzhou");
        query.put("Namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc" + TRICKY);
        query.put("GroupId", "testSchedulerx.defaultGroup");
        OpenApiRequest request = OpenApiRequest.build(TeaConverter.buildMap(
                new TeaPair("query", com.aliyun.openapiutil.Client.query(query))));
        Params params = Params.build(TeaConverter.buildMap(
                new TeaPair("action", action), new TeaPair("version", "2019-04-30"),
                new TeaPair("protocol", "HTTPS"), new TeaPair("pathname", "/"), new TeaPair("method", "GET"),
                new TeaPair("authType", "AK"), new TeaPair("style", "RPC"), new TeaPair("reqBodyType", "formData"),
                new TeaPair("bodyType", "json")));
        return client.callApi(params, request, new RuntimeOptions());
    }

    @Test
    @SuppressWarnings("unchecked")
    void acceptsTheOfficialClientsGetWorkflowInstanceAndStopInstance() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Client client = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, STS_TOKEN);
        executeWorkflow(client, null);
        String runId = simulator.get().runs(ID).get(0).runId();

        Map<String, Object> instance = (Map<String, Object>) call(client, "GetWorkflowInstance",
                Map.of("WorkflowId", 111L, "WfInstanceId", Long.parseLong(runId))).get("body");
        Map<String, Object> data = (Map<String, Object>) instance.get("Data");
        assertThat(((Map<String, Object>) data.get("WfInstanceInfo")).get("Status")).isEqualTo(3L);
        Map<String, Object> node = ((List<Map<String, Object>>) ((Map<String, Object>) data.get("WfInstanceDag")).get("Nodes")).get(0);
        assertThat(node).containsEntry("Status", 3L).containsEntry("JobId", SchedulerxHandler.JOB_ID);

        Map<String, Object> stopped = (Map<String, Object>) call(client, "StopInstance",
                Map.of("JobId", node.get("JobId"), "InstanceId", node.get("JobInstanceId"))).get("body");
        assertThat(stopped).containsEntry("Success", true).containsEntry("Code", 200L);
        assertThat(simulator.get().stateOf(ID, runId)).isEqualTo(RunState.CANCELLED);
        assertThat(simulator.get().requests(ID)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnknownWorkflowInstanceIsABusinessErrorInAnHttp200Answer() throws Exception {
        Map<String, ?> answer = call(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null),
                "GetWorkflowInstance", Map.of("WorkflowId", 111L, "WfInstanceId", 42L));

        assertThat(answer.get("statusCode")).isEqualTo(200);
        assertThat((Map<String, Object>) answer.get("body")).containsEntry("Success", false)
                .containsEntry("Message", "wfInstanceId=42 is not existed");
    }

    @Test
    void refusesCopiesWithOneBodyByteOneSignedHeaderOrOneQueryByteChanged() throws Exception {
        executeWorkflow(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null), trickyParameters());
        SimulatorRequest original = simulator.get().requests(ID).get(0).request();

        List<SimulatorRequest> copies = new ArrayList<>();
        copies.add(withBody(original, new byte[] {'x'}));
        copies.add(withHeader(original, "x-acs-signature-nonce", original.header("x-acs-signature-nonce") + "0"));
        copies.add(withHeader(original, "x-acs-action", "ExecuteJob"));
        copies.add(withHeader(original, "host", "127.0.0.2:" + simulator.get().port(ID)));
        copies.add(withQuery(original, original.rawQuery().replace("WorkflowId=111", "WorkflowId=112")));
        copies.add(withQuery(original, original.rawQuery().replace("%E4%B8%AD", "%E4%B8%AE")));

        for (SimulatorRequest copy : copies) {
            SimulatorResponse answer = new SchedulerxHandler().handle(copy, simulator.get());
            assertThat(answer.status()).isEqualTo(400);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"Code\":\"SignatureDoesNotMatch\"");
        }
        // the untouched copy passes the same check: only the change was refused
        assertThat(new SchedulerxHandler().handle(original, simulator.get()).status()).isEqualTo(200);
    }

    @Test
    void refusesARequestSignedWithAnotherSecret() throws Exception {
        Client wrongSecret = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY + "x", null);

        assertThatThrownBy(() -> executeWorkflow(wrongSecret, trickyParameters()))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
        assertThat(simulator.get().runs(ID)).isEmpty();
    }

    @Test
    void refusesAnUnknownAccessKey() throws Exception {
        Client unknown = sdk("LTAI-unknown", WorkflowRunSimulator.SECRET_KEY, null);

        assertThatThrownBy(() -> executeWorkflow(unknown, null))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
                    assertThat(e.getStatusCode()).isEqualTo(404);
                });
    }

    @Test
    void refusesAStaleTimestamp() throws Exception {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16)));

        assertThatThrownBy(() -> executeWorkflow(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null), null))
                .isInstanceOfSatisfying(TeaException.class, e -> {
                    assertThat(e.getCode()).isEqualTo("InvalidTimeStamp.Expired");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
    }

    @Test
    void refusesAReplay() throws Exception {
        executeWorkflow(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null), null);
        SimulatorRequest original = simulator.get().requests(ID).get(0).request();
        SchedulerxHandler handler = new SchedulerxHandler();

        assertThat(handler.handle(original, simulator.get()).status()).isEqualTo(200);
        SimulatorResponse replay = handler.handle(original, simulator.get());
        assertThat(replay.status()).isEqualTo(400);
        assertThat(new String(replay.body(), StandardCharsets.UTF_8)).contains("\"Code\":\"SignatureNonceUsed\"");
    }

    private static SimulatorRequest withBody(SimulatorRequest request, byte[] body) {
        return new SimulatorRequest(request.provider(), request.method(), request.rawPath(), request.rawQuery(),
                request.headers(), body, request.receivedAt());
    }

    private static SimulatorRequest withQuery(SimulatorRequest request, String rawQuery) {
        assertThat(rawQuery).isNotEqualTo(request.rawQuery());
        return new SimulatorRequest(request.provider(), request.method(), request.rawPath(), rawQuery,
                request.headers(), request.body(), request.receivedAt());
    }

    private static SimulatorRequest withHeader(SimulatorRequest request, String name, String value) {
        Map<String, List<String>> headers = new TreeMap<>(request.headers());
        assertThat(headers).containsKey(name);
        headers.put(name, List.of(value));
        return new SimulatorRequest(request.provider(), request.method(), request.rawPath(), request.rawQuery(),
                headers, request.body(), request.receivedAt());
    }
}
