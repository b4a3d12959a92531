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
package io.workflowrun.camel.provider.cloudflow;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.cloudflow.CloudFlowHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Alibaba Cloud's official OpenAPI client sends CloudFlow's three calls to the simulator exactly as the generated
 * fnf-20190315 client does (that client itself is not on Maven Central): the simulator's ACS3 verifier must accept them
 * and refuse every tampered copy, and the component's own calls must carry what the SDK's carry.
 */
class CloudFlowSdkOracleTest extends SimulatorTestSupport {

    private static final String ID = CloudFlowProvider.ID;
    private static final String FLOW = "order_flow";
    private static final String TRICKY = "&=+/%~* 中文😀";
    /** STS tokens are base64 text: their + / = reach the gateway as they are. */
    private static final String STS_TOKEN = "CAIS8wF1q6Ft5B2yfSjIr5b+I/3hq+1w0fKlZh/=";

    private static Client sdk(String accessKey, String secret, String token) throws Exception {
        Config config = new Config().setAccessKeyId(accessKey).setAccessKeySecret(secret).setRegionId("cn-hangzhou")
                .setEndpoint("127.0.0.1:" + simulator.port(ID)).setProtocol("HTTP");
        if (token != null) {
            config.setSecurityToken(token);
        }
        return new Client(config);
    }

    private static Client sdk() throws Exception {
        return sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, null);
    }

    /**
     * A call as the generated client makes it: StartExecution and StopExecution POST their parameters as a form body,
     * DescribeExecution GETs them in the query.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(Client client, String action, Map<String, Object> parameters) throws Exception {
        boolean get = action.equals(CloudFlowClient.DESCRIBE);
        OpenApiRequest request = OpenApiRequest.build(TeaConverter.buildMap(get
                ? new TeaPair("query", com.aliyun.openapiutil.Client.query(parameters))
                : new TeaPair("body", com.aliyun.openapiutil.Client.parseToMap(parameters))));
        Params params = Params.build(TeaConverter.buildMap(
                new TeaPair("action", action), new TeaPair("version", "2019-03-15"),
                new TeaPair("protocol", "HTTPS"), new TeaPair("pathname", "/"), new TeaPair("method", get ? "GET" : "POST"),
                new TeaPair("authType", "AK"), new TeaPair("style", "RPC"), new TeaPair("reqBodyType", "formData"),
                new TeaPair("bodyType", "json")));
        return (Map<String, Object>) client.callApi(params, request, new RuntimeOptions()).get("body");
    }

    private static Map<String, Object> start(Client client, String name, String input) throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("FlowName", FLOW);
        if (name != null) {
            parameters.put("ExecutionName", name);
        }
        if (input != null) {
            parameters.put("Input", input);
        }
        return call(client, CloudFlowClient.START, parameters);
    }

    private static Map<String, Object> execution(Client client, String action, String name) throws Exception {
        return call(client, action, Map.of("FlowName", FLOW, "ExecutionName", name));
    }

    private String uri() {
        return "workflowrun:" + ID + ":" + FLOW + "?region=cn-hangzhou&accessKey=RAW(" + WorkflowRunSimulator.ACCESS_KEY
               + ")&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")&baseUrl=" + simulator.baseUrl(ID);
    }

    // ---- the SDK's calls, at the simulator

    @Test
    void acceptsTheSdksStartExecution() throws Exception {
        Map<String, Object> answer = start(sdk(), "exec_1", "{\"" + TRICKY + "\":\"" + TRICKY + "\",\"n\":1}");

        assertThat(answer).containsEntry("Name", "exec_1").containsEntry("FlowName", FLOW).containsEntry("Status", "Succeeded");
        assertThat(simulator.runs(ID)).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo("exec_1");
            assertThat(run.parameters()).containsEntry(TRICKY, TRICKY).containsEntry("n", 1);
        });
        SimulatorRequest received = simulator.requests(ID).get(0).request();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.header("content-type")).isEqualTo("application/x-www-form-urlencoded");
    }

    @Test
    void acceptsTheSdksDescribeAndStopExecutionWithTemporaryCredentials() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Client client = sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY, STS_TOKEN);
        start(client, "exec_2", null);

        assertThat(execution(client, CloudFlowClient.DESCRIBE, "exec_2")).containsEntry("Status", "Running");
        assertThat(execution(client, CloudFlowClient.STOP, "exec_2")).containsEntry("Status", "Stopped").containsKey("StoppedTime");
        assertThat(simulator.stateOf(ID, "exec_2")).isEqualTo(RunState.CANCELLED);
        assertThat(simulator.requests(ID)).hasSize(3).allSatisfy(recorded -> {
            assertThat(recorded.status()).isEqualTo(200);
            assertThat(recorded.request().header("x-acs-security-token")).isEqualTo(STS_TOKEN);
        });
    }

    /** The API reference: a running execution of the name is returned as it is; an ended one is refused. */
    @Test
    void aRepeatedStartReturnsTheRunningExecutionAndIsRefusedOnceItEnded() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Client client = sdk();
        start(client, "exec_3", "{\"a\":1}");

        assertThat(start(client, "exec_3", "{\"a\":2}")).containsEntry("Name", "exec_3").containsEntry("Status", "Running")
                .containsEntry("Input", "{\"a\":1}");
        assertThat(simulator.runs(ID)).hasSize(1);

        execution(client, CloudFlowClient.STOP, "exec_3");
        assertThatThrownBy(() -> start(client, "exec_3", null)).isInstanceOfSatisfying(TeaException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getCode()).isEqualTo(CloudFlowClient.ALREADY_EXISTS);
            assertThat(e.getMessage()).contains("Execution exec_3 for flow order_flow already exists.");
        });
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void anUnknownExecutionAndAStopOfAnEndedOneAreCloudFlowsErrors() throws Exception {
        Client client = sdk();
        start(client, "exec_4", null);

        assertThatThrownBy(() -> execution(client, CloudFlowClient.DESCRIBE, "exec_none")).isInstanceOfSatisfying(TeaException.class,
                e -> assertThat(List.of(e.getStatusCode(), e.getCode())).containsExactly(404, "ExecutionNotExists"));
        assertThatThrownBy(() -> execution(client, CloudFlowClient.STOP, "exec_4")).isInstanceOfSatisfying(TeaException.class,
                e -> assertThat(List.of(e.getStatusCode(), e.getCode())).containsExactly(400, "ExecutionAlreadyCompleted"));
    }

    @Test
    void throttlingIsCloudFlowsResourceThrottled() {
        simulator.injectNext(ID, Fault.providerThrottling());

        assertThatThrownBy(() -> start(sdk(), null, null)).isInstanceOfSatisfying(TeaException.class,
                e -> assertThat(List.of(e.getStatusCode(), e.getCode())).containsExactly(429, CloudFlowClient.THROTTLED));
        assertThat(simulator.runs(ID)).isEmpty();
    }

    @Test
    void refusesCopiesWithOneBodyByteOneSignedHeaderOrTheHostChanged() throws Exception {
        start(sdk(), "exec_5", "{\"" + TRICKY + "\":1}");
        SimulatorRequest original = simulator.requests(ID).get(0).request();
        simulator.reset();

        byte[] body = original.body().clone();
        body[body.length - 1] ^= 1;
        List<SimulatorRequest> copies = List.of(withBody(original, body),
                withHeader(original, "x-acs-signature-nonce", original.header("x-acs-signature-nonce") + "0"),
                withHeader(original, "x-acs-action", CloudFlowClient.STOP),
                withHeader(original, "content-type", "application/json"),
                withHeader(original, "host", "127.0.0.2:" + simulator.port(ID)));

        CloudFlowHandler handler = new CloudFlowHandler();
        for (SimulatorRequest copy : copies) {
            SimulatorResponse answer = handler.handle(copy, simulator);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("\"Code\":\"SignatureDoesNotMatch\"");
        }
        // the untouched copy passes the same check, once: only the change was refused, and a replay is not
        assertThat(handler.handle(original, simulator).status()).isEqualTo(200);
        assertThat(new String(handler.handle(original, simulator).body(), StandardCharsets.UTF_8)).contains("SignatureNonceUsed");
    }

    @Test
    void refusesAWrongSecretAndAnUnknownKey() {
        assertThatThrownBy(() -> start(sdk(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY + "x", null), null, null))
                .isInstanceOfSatisfying(TeaException.class,
                        e -> assertThat(List.of(e.getStatusCode(), e.getCode())).containsExactly(400, "SignatureDoesNotMatch"));
        assertThatThrownBy(() -> start(sdk("LTAI-unknown", WorkflowRunSimulator.SECRET_KEY, null), null, null))
                .isInstanceOfSatisfying(TeaException.class,
                        e -> assertThat(List.of(e.getStatusCode(), e.getCode())).containsExactly(404, "InvalidAccessKeyId.NotFound"));
        assertThat(simulator.runs(ID)).isEmpty();
    }

    // ---- the component's calls carry what the SDK's carry

    @Test
    void theComponentsStartExecutionCarriesWhatTheSdksDoes() throws Exception {
        start(sdk(), "exec_6", "{\"order\":\"A 1+" + TRICKY + "\"}");
        Exchange ours = template.request(uri(), e -> {
            e.getMessage().setBody(Map.of("order", "A 1+" + TRICKY));
            e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, "exec_7");
        });

        assertThat(ours.getException()).isNull();
        assertSameCall(simulator.requests(ID).get(0).request(), simulator.requests(ID).get(1).request(), Map.of("ExecutionName", "exec_7"));
    }

    @Test
    void theComponentsDescribeAndStopExecutionCarryWhatTheSdksDo() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Client client = sdk();
        start(client, "exec_8", null);
        start(client, "exec_9", null);
        execution(client, CloudFlowClient.DESCRIBE, "exec_8");
        execution(client, CloudFlowClient.STOP, "exec_8");
        for (String operation : List.of("status", "cancel")) {
            Exchange ours = template.request(uri(), e -> {
                e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
                e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "exec_9");
            });
            assertThat(ours.getException()).as(operation).isNull();
        }

        List<SimulatorRequest> sent = simulator.requests(ID).stream().map(WorkflowRunSimulator.Recorded::request).toList();
        assertSameCall(sent.get(2), sent.get(4), Map.of("ExecutionName", "exec_9"));
        assertSameCall(sent.get(3), sent.get(5), Map.of("ExecutionName", "exec_9"));
        assertThat(simulator.stateOf(ID, "exec_9")).isEqualTo(RunState.CANCELLED);
    }

    /**
     * The same method, path, content type, action and version, the same parameters in the same places (query or form),
     * and the same signed headers. The values that differ by design: the date, nonce and signature, and those given.
     */
    private static void assertSameCall(SimulatorRequest sdk, SimulatorRequest ours, Map<String, String> oursDiffering) {
        assertThat(ours.method()).isEqualTo(sdk.method());
        assertThat(ours.rawPath()).isEqualTo(sdk.rawPath());
        for (String header : List.of("content-type", "x-acs-action", "x-acs-version")) {
            assertThat(ours.header(header)).as(header).isEqualTo(sdk.header(header));
        }
        assertThat(signedHeaders(ours)).isEqualTo(signedHeaders(sdk));
        Map<String, Object> expectedQuery = form(sdk.rawQuery());
        Map<String, Object> expectedBody = form(sdk.method().equals("POST") ? sdk.bodyText() : null);
        (sdk.method().equals("POST") ? expectedBody : expectedQuery).putAll(oursDiffering);
        assertThat(form(ours.rawQuery())).as("query").isEqualTo(expectedQuery);
        assertThat(form(ours.method().equals("POST") ? ours.bodyText() : null)).as("form body").isEqualTo(expectedBody);
    }

    /**
     * A query or form body, decoded, in name order; {@code Input} as the JSON object it holds (the same object may be
     * written with a character escaped or not).
     */
    private static Map<String, Object> form(String text) {
        Map<String, Object> parameters = new TreeMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split("&")) {
                int split = pair.indexOf('=');
                String name = URLDecoder.decode(pair.substring(0, split), StandardCharsets.UTF_8);
                String value = URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8);
                parameters.put(name, name.equals("Input") ? Json.readObjectOrNull(value) : value);
            }
        }
        return parameters;
    }

    /** The signed headers, but x-acs-credentials-provider: the SDK's note of where its key came from, not part of the call. */
    private static List<String> signedHeaders(SimulatorRequest request) {
        String authorization = request.header("authorization");
        String names = authorization.substring(authorization.indexOf("SignedHeaders=") + 14, authorization.indexOf(",Signature="));
        return Arrays.stream(names.split(";")).filter(name -> !name.equals("x-acs-credentials-provider")).toList();
    }

    private static SimulatorRequest withBody(SimulatorRequest request, byte[] body) {
        return new SimulatorRequest(request.provider(), request.method(), request.rawPath(), request.rawQuery(), request.headers(),
                body, request.receivedAt());
    }

    private static SimulatorRequest withHeader(SimulatorRequest request, String name, String value) {
        Map<String, List<String>> headers = new TreeMap<>(request.headers());
        assertThat(headers).containsKey(name.toLowerCase(Locale.ROOT));
        headers.put(name, List.of(value));
        return new SimulatorRequest(request.provider(), request.method(), request.rawPath(), request.rawQuery(), headers,
                request.body(), request.receivedAt());
    }
}
