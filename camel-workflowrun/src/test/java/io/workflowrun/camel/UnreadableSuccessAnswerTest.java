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
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import java.util.Map;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A success answer to a trigger that cannot be read (not JSON, beyond the reader's limits or the size bound, no run
 * ID) means the run may exist: the trigger fails as "may have started", with what is known, and is not sent again.
 * Only an answer carrying the provider's own error code says that nothing started. An answer within the size bound is
 * read, however big a text it holds.
 */
class UnreadableSuccessAnswerTest extends SimulatorTestSupport {

    private static final String SIGNED = "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")";

    private static String dify(String more) {
        return "workflowrun:dify?apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")&user=u&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    private static String tencent() {
        return "workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou&projectId=1" + SIGNED
               + "&baseUrl=" + simulator.baseUrl("tencent-wedata");
    }

    private static String huawei() {
        return "workflowrun:huawei-functiongraph:48aff955-ea10-4ffd-b426-190bc192dc14?region=cn-north-4"
               + "&projectId=0b1a2c3d4e5f40718293a4b5c6d7e8f9" + SIGNED + "&baseUrl=" + simulator.baseUrl("huawei-functiongraph");
    }

    private WorkflowRunMaybeStartedException maybeStarted(String provider, String uri, Object answer) {
        if (answer instanceof Fault fault) {
            simulator.injectNext(provider, fault);
        } else {
            simulator.injectNext(provider, (SimulatorResponse) answer);
        }
        Exchange out = send(uri, Map.of("k", "v"));
        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(simulator.requests(provider)).as("not sent again").hasSize(1);
        return (WorkflowRunMaybeStartedException) out.getException();
    }

    /** A finished run's answer whose output is one text longer than Jackson's default limit (20 million characters). */
    private static SimulatorResponse bigOutput() {
        return SimulatorResponse.json(200, Map.of("task_id", "t-1", "workflow_run_id", "r-big", "data",
                Map.of("id", "r-big", "status", "succeeded", "outputs", Map.of("text", "z".repeat(20_000_001)))));
    }

    @Test
    void aBigOutputWithinTheBoundIsRead() {
        simulator.injectNext("dify", bigOutput());

        Exchange out = send(dify("&maxResponseSize=" + 32 * 1024 * 1024), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("r-big");
        assertThat((String) out.getMessage().getBody(WorkflowRun.class).outputs().get("text")).hasSize(20_000_001);
    }

    @Test
    void aBigOutputBeyondTheBoundMayHaveStarted() {
        WorkflowRunMaybeStartedException e = maybeStarted("dify", dify(""), bigOutput());

        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getMessage()).contains("maxResponseSize (10485760 bytes)");
    }

    @Test
    void anAnswerNestedBeyondTheReadersLimitMayHaveStarted() {
        String deep = "{\"workflow_run_id\":\"r-1\",\"data\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        WorkflowRunMaybeStartedException e = maybeStarted("dify", dify(""), SimulatorResponse.text(200, "application/json", deep));

        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getMessage()).contains("nesting depth").contains("workflow_run_id");
    }

    @Test
    void anAnswerThatIsNotJsonMayHaveStarted() {
        WorkflowRunMaybeStartedException e = maybeStarted("dify", dify(""), Fault.wrongContentType());

        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getMessage()).contains("HTTP 200").contains("text/html").contains("Sign in");

        simulator.reset();
        e = maybeStarted("dify", dify(""), Fault.malformedJson());
        assertThat(e.getMessage()).contains("not a JSON object");
    }

    @Test
    void anAnswerWithoutTheRunIdMayHaveStartedAndCarriesTheRequestId() {
        simulator.reset();
        WorkflowRunMaybeStartedException e = maybeStarted("tencent-wedata", tencent(),
                SimulatorResponse.json(200, Map.of("Response", Map.of("RequestId", "req-no-id", "Data", Map.of()))));

        assertThat(e.getProvider()).isEqualTo("tencent-wedata");
        assertThat(e.getWorkflowId()).isEqualTo("9f551833-2150-4772-8ec1-78019779617c");
        assertThat(e.getRequestId()).isEqualTo("req-no-id");
        assertThat(e.getMessage()).contains("WorkflowExecutionId").contains("req-no-id");

        simulator.reset();
        e = maybeStarted("huawei-functiongraph", huawei(),
                SimulatorResponse.json(202, Map.of("status", "running")).withHeader("X-Request-Id", "req-fg"));
        assertThat(e.getHttpStatus()).isEqualTo(202);
        assertThat(e.getRequestId()).isEqualTo("req-fg");
        assertThat(e.getMessage()).contains("execution_id");
    }

    @Test
    void aSuccessStatusWithTheProvidersErrorCodeStartedNothing() {
        simulator.injectNext("tencent-wedata", SimulatorResponse.json(200, Map.of("Response", Map.of(
                "Error", Map.of("Code", "InvalidParameterValue", "Message", "ProjectId is invalid"), "RequestId", "r"))));

        Exchange out = send(tencent(), Map.of("k", "v"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(((WorkflowRunException) out.getException()).getErrorCode()).isEqualTo("InvalidParameterValue");
    }

    @Test
    void anUnreadableAnswerToAStatusCallIsAProviderError() {
        simulator.injectNext("dify", SimulatorResponse.text(200, "text/html", "<html>maintenance</html>"));

        Exchange out = template.request(dify("&maxAttempts=1"), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "r-1");
        });

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(out.getException().getMessage()).contains("not a JSON object").contains("maintenance");
    }
}
