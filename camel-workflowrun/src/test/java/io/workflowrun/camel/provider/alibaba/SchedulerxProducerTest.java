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
package io.workflowrun.camel.provider.alibaba;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import io.workflowrun.camel.SimulatorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component against the simulator, whose verifier recomputes every signature from the request as received: over
 * settings and bodies with reserved, Chinese and emoji characters, and what SchedulerX's RPC API takes. The credential
 * errors every provider has are in {@link SchedulerxContractTest}.
 */
class SchedulerxProducerTest extends SimulatorTestSupport {

    private static final String ID = SchedulerxProvider.ID;
    private static final String TRICKY = "&=+/%~* 中文😀";
    private static final String STS_TOKEN = "CAIS8wF1q6Ft5B2yfSjIr5b+I/3hq+1w0fKlZh/=";

    private static String uri(String workflowId, String baseUrl, String more) {
        return "workflowrun:" + ID + ":" + workflowId + "?region=cn-hangzhou&namespace=RAW(ns-1 " + TRICKY + ")"
               + "&groupId=RAW(group " + TRICKY + ")&accessKey=" + WorkflowRunSimulator.ACCESS_KEY
               + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")&baseUrl=" + baseUrl + more;
    }

    private static String uri(String more) {
        return uri("111", simulator.baseUrl(ID), more);
    }

    record Case(String name, Object body, Map<String, Object> expected, String token, String pathPrefix) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> matrix() {
        Map<String, Object> tricky = new LinkedHashMap<>();
        tricky.put(TRICKY, TRICKY);
        tricky.put("名前 key", List.of(1, "二", true));
        Map<String, Object> large = Map.of("text", "x".repeat(1000 - "{\"text\":\"\"}".length()));
        List<Case> cases = new ArrayList<>();
        for (String token : new String[] {null, STS_TOKEN}) {
            for (String prefix : new String[] {"", "/gateway/schedulerx"}) {
                String where = (token == null ? "" : ", security token") + (prefix.isEmpty() ? ", port" : ", port and path prefix");
                cases.add(new Case("reserved, Chinese and emoji" + where, tricky, tricky, token, prefix));
                cases.add(new Case("JSON text" + where, "{\"a b\":\"" + TRICKY + "\"}", Map.of("a b", TRICKY), token, prefix));
                cases.add(new Case("no body" + where, null, Map.of(), token, prefix));
                cases.add(new Case("empty map" + where, Map.of(), Map.of(), token, prefix));
                cases.add(new Case("1000 bytes, the largest allowed" + where, large, large, token, prefix));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void startsARunTheSimulatorAccepts(Case c) {
        String token = c.token() == null ? "" : "&securityToken=RAW(" + c.token() + ")";
        String endpoint = uri("111", simulator.baseUrl(ID) + c.pathPrefix(), token);

        Exchange out = template.request(endpoint, e -> e.getMessage().setBody(c.body()));

        assertThat(out.getException()).isNull();
        SimulatedRun run = simulator.runs(ID).get(0);
        assertThat(run.workflowId()).isEqualTo("111");
        assertThat(run.parameters()).isEqualTo(c.expected());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).matches("[0-9A-F-]{36}");
        WorkflowRun result = out.getMessage().getBody(WorkflowRun.class);
        assertThat(result.provider()).isEqualTo(ID);
        assertThat(result.runId()).isEqualTo(run.runId());

        SimulatorRequest received = simulator.requests(ID).get(0).request();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.rawPath()).isEqualTo(c.pathPrefix() + "/");
        assertThat(received.header("x-acs-security-token")).isEqualTo(c.token());
        assertThat(received.rawQuery()).contains("Namespace=ns-1%20%26%3D%2B%2F%25~%2A%20%E4%B8%AD%E6%96%87%F0%9F%98%80");
        assertThat(received.rawQuery().contains("InstanceParameters=")).isEqualTo(c.body() != null);
    }

    @Test
    void aTextBodyThatIsNotAJsonObjectIsSentAsItIsInInstanceParameters() {
        Exchange out = send(uri(""), "bizdate=20260301 " + TRICKY);

        assertThat(out.getException()).isNull();
        // the simulator hands a workflow the text that is not a JSON object under the name of the parameter
        assertThat(simulator.runs(ID).get(0).parameters()).isEqualTo(Map.of("InstanceParameters", "bizdate=20260301 " + TRICKY));
    }

    @Test
    void jsonTextThatIsNotAnObjectIsFreeTextToo() {
        Exchange out = send(uri(""), "[1, 2, 3]".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs(ID).get(0).parameters()).isEqualTo(Map.of("InstanceParameters", "[1, 2, 3]"));
    }

    @Test
    void refusesTextOverThousandBytesBeforeSending() {
        Exchange out = send(uri(""), "x".repeat(1001));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("InstanceParameters").hasMessageContaining("1001 bytes");
        assertThat(simulator.requests(ID)).isEmpty();
    }

    @Test
    void headerOverridesTheWorkflowId() {
        template.request(uri(""), e -> e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, 222));

        assertThat(simulator.runs(ID).get(0).workflowId()).isEqualTo("222");
    }

    @Test
    void refusesParametersOverThousandBytesBeforeSending() {
        Map<String, Object> tooLarge = Map.of("text", "x".repeat(1001 - "{\"text\":\"\"}".length()));

        Exchange out = template.request(uri(""), e -> e.getMessage().setBody(tooLarge));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("InstanceParameters").hasMessageContaining("1001 bytes");
        assertThat(simulator.requests(ID)).isEmpty();
    }

    @Test
    void refusesAWorkflowIdHeaderThatIsNotAnInteger() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID, "wf-1"));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.WORKFLOW_ID).hasMessageContaining("wf-1");
        assertThat(simulator.requests(ID)).isEmpty();
    }

    @Test
    void aClockOffByMoreThanFifteenMinutesFailsWithTheGatewaysError() {
        simulator.setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-16)));

        WorkflowRunException e = providerError(uri(""), null);

        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("InvalidTimeStamp.Expired");
    }

    @Test
    void aBusinessErrorInAnHttp200AnswerFailsTheExchange() {
        simulator.injectNext(ID, SimulatorResponse.json(200, Map.of("Code", 500, "Success", false,
                "Message", "workflow 111 is disabled", "RequestId", "4F68ABED-AC31-4412-9297-D9A8F0401108")));

        WorkflowRunException e = providerError(uri(""), null);

        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getErrorCode()).isEqualTo("500");
        assertThat(e.getErrorMessage()).isEqualTo("workflow 111 is disabled");
        assertThat(e.getRequestId()).isEqualTo("4F68ABED-AC31-4412-9297-D9A8F0401108");
    }

    @Test
    void anAnswerThatIsNotJsonFailsTheExchange() {
        // not a 502: a gateway's 502 to a trigger says the run may have started (GatewayTimeoutTest)
        simulator.injectNext(ID, SimulatorResponse.text(503, "text/html", "<html>503 Service Temporarily Unavailable</html>"));

        WorkflowRunException e = providerError(uri(""), null);

        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getErrorMessage()).contains("503 Service Temporarily Unavailable");
    }

    @Test
    void aWorkflowIdThatIsNotAnIntegerFailsWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint(uri("my-flow", simulator.baseUrl(ID), "")))
                .rootCause().hasMessageContaining("workflowId").hasMessageContaining("my-flow");
    }
}
