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
package io.workflowrun.camel.provider.huawei;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.huawei.FunctionGraphHandler;
import org.apache.camel.Exchange;
import io.workflowrun.camel.SimulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component signs, the simulator's independent verifier checks: over a matrix of bodies, tokens and base URLs; and
 * what a FunctionGraph trigger sends and the gateway answers. What every provider does is in
 * {@link FunctionGraphContractTest}.
 */
class FunctionGraphProducerTest extends SimulatorTestSupport {

    private static final String ID = FunctionGraphProvider.ID;
    private static final ProviderSample SAMPLE = WorkflowRunSimulator.sample(ID);
    private static final String PROJECT = SAMPLE.settings().get("projectId");
    private static final String WORKFLOW = SAMPLE.workflowId();
    private static final String TOKEN = "sim-security-token";

    private static String uri(String baseUrl, String more) {
        return SAMPLE.uri(baseUrl) + more;
    }

    private static String uri(String more) {
        return uri(simulator.baseUrl(ID), more);
    }

    static Stream<Arguments> matrix() {
        Map<String, Object> unicode = new LinkedHashMap<>();
        unicode.put("城市", "深圳");
        unicode.put("emoji 🚀", "🎉 ok ✅");
        Map<String, Object> reserved = new LinkedHashMap<>();
        reserved.put("a&b=c+d/e%f~g* h", "x&y=z+1/2%3~4* 5");
        reserved.put("%20%2F", "%E4%B8%AD+");
        Map<String, Object> large = new LinkedHashMap<>();
        for (int i = 0; i < 2_000; i++) {
            large.put("key-" + i, "值-" + "x".repeat(500) + "-" + i);
        }
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("chinese and emoji", unicode);
        bodies.put("reserved characters", reserved);
        bodies.put("no body", null);
        bodies.put("large body", large);
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, Object> body : bodies.entrySet()) {
            for (boolean token : new boolean[] {false, true}) {
                for (String prefix : new String[] {"", "/gateway/fg"}) {
                    cases.add(Arguments.of(body.getKey(), body.getValue(), token, prefix));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, token {2}, prefix ''{3}''")
    @MethodSource("matrix")
    void theVerifierAcceptsWhatTheComponentSigns(String name, Map<String, Object> body, boolean token, String prefix) {
        String more = token ? "&securityToken=RAW(" + TOKEN + ")" : "";

        Exchange out = template.request(uri(simulator.baseUrl(ID) + prefix, more), e -> e.getMessage().setBody(body));

        assertThat(out.getException()).isNull();
        SimulatedRun run = simulator.runs(ID).get(0);
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.parameters()).isEqualTo(body == null ? Map.of() : body);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).matches("[0-9a-f]{32}");
        SimulatorRequest received = simulator.requests(ID).get(0).request();
        assertThat(received.rawPath()).isEqualTo(prefix + "/v2/" + PROJECT + "/fgs/workflows/" + WORKFLOW + "/executions");
        assertThat(received.header("X-Security-Token")).isEqualTo(token ? TOKEN : null);
        assertThat(received.header("Authorization")).contains(token ? "x-security-token" : "x-project-id;x-sdk-date,");
    }

    @Test
    void aWorkflowIdWithReservedAndChineseCharactersIsSignedAsSent() {
        String workflowId = "流程 a&b=c+d%e~f*🚀";

        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, workflowId);
            e.getMessage().setBody("{\"k\":\"v\"}");
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs(ID).get(0).workflowId()).isEqualTo(workflowId);
    }

    @Test
    void flowHeadersAndRunHeadersReachTheFlow() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(FunctionGraphConstants.FLOW_HEADERS, Map.of("tenantId", "user1"));
            e.getMessage().setHeader(FunctionGraphConstants.WORKFLOW_RUN_ID, "run-7");
            e.getMessage().setHeader(FunctionGraphConstants.CREATE_TIME, "2024-01-02T03:04:05Z");
            e.getMessage().setHeader(FunctionGraphConstants.MERGE_FN_PARAMETERS, "true");
            e.getMessage().setBody(Map.of("arg1", "argument_1"));
        });

        assertThat(out.getException()).isNull();
        SimulatorRequest received = simulator.requests(ID).get(0).request();
        assertThat(JsonBodies.object(received)).isEqualTo(Map.of("input", Map.of("arg1", "argument_1"),
                "headers", Map.of("tenantId", "user1")));
        assertThat(received.header("X-WorkflowRun-ID")).isEqualTo("run-7");
        assertThat(received.header("X-Create-Time")).isEqualTo("2024-01-02T03:04:05Z");
        assertThat(received.header("X-WorkflowRun-MergeFnParameters")).isEqualTo("true");
        assertThat(received.header("Authorization"))
                .contains("SignedHeaders=content-type;host;x-create-time;x-project-id;x-sdk-date;x-workflowrun-id;"
                          + "x-workflowrun-mergefnparameters,");
    }

    @Test
    void statusOfAnEndedRunCarriesItsOutputAndItCannotBeCancelled() {
        Exchange started = template.request(uri(""), e -> e.getMessage().setBody(Map.of("n", 1)));
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange status = template.request(uri("&operation=status"), e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId));
        Exchange cancel = template.request(uri("&operation=cancel"), e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId));

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("success");
        assertThat(status.getMessage().getBody(WorkflowRun.class).outputs()).isEqualTo(Map.of("n", 1));
        WorkflowRunException refused = cancel.getException(WorkflowRunException.class);
        assertThat(refused.getHttpStatus()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("FSS.0400");
    }

    @Test
    void theGatewaysRefusalsSayWhy() {
        String wrongSecret = SAMPLE.withKey(WorkflowRunSimulator.ACCESS_KEY, "wrong-secret-42").uri(simulator.baseUrl(ID));
        String unknownKey = SAMPLE.withKey("NOSUCHAK", WorkflowRunSimulator.SECRET_KEY).uri(simulator.baseUrl(ID));

        assertThat(providerError(wrongSecret, Map.of()).getErrorMessage())
                .isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");
        assertThat(providerError(unknownKey, Map.of()).getErrorMessage()).contains("err:ak not exist");
    }

    @Test
    void aClockMoreThanFifteenMinutesOffFails() {
        simulator.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-16)));

        WorkflowRunException failure = providerError(uri(""), Map.of());
        assertThat(failure.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(failure.getErrorMessage()).endsWith("signature expired");
    }

    @Test
    void aFunctionGraphErrorCarriesItsCodeMessageAndRequestId() {
        simulator.injectNext(ID, FunctionGraphHandler.error(404, "FSS.1051", "workflow not found", "abc123"));

        WorkflowRunException failure = providerError(uri(""), Map.of());
        assertThat(failure.getProvider()).isEqualTo(ID);
        assertThat(failure.getHttpStatus()).isEqualTo(404);
        assertThat(failure.getErrorCode()).isEqualTo("FSS.1051");
        assertThat(failure.getErrorMessage()).isEqualTo("workflow not found");
        assertThat(failure.getRequestId()).isEqualTo("abc123");
    }

    @Test
    void aRegionThatIsNotOneIsRefusedWhenTheEndpointIsCreated() {
        String region = SAMPLE.settings().get("region");

        assertThatThrownBy(() -> context.getEndpoint(uri("").replace("region=RAW(" + region + ")", "region=RAW(cn_north_4)")))
                .hasStackTraceContaining("Option region is 'cn_north_4'");
    }
}
