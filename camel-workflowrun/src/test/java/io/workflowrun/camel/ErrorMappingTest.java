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

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Provider error answers become a WorkflowRunException with the fields a support ticket needs. */
class ErrorMappingTest extends SimulatorTestSupport {

    private String dify(String apiKey) {
        return "workflowrun:dify?apiKey=" + apiKey + "&user=u&baseUrl=" + simulator.baseUrl("dify");
    }

    private String interactly(String apiKey) {
        return "workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + apiKey + "&teamId=t&baseUrl="
               + simulator.baseUrl("interactly");
    }

    private WorkflowRunException failure(String uri) {
        return providerError(uri, Map.of("k", "v"));
    }

    @Test
    void difyWrongKeyIs401Unauthorized() {
        WorkflowRunException e = failure(dify("app-wrong"));

        assertThat(e.getProvider()).isEqualTo("dify");
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getErrorCode()).isEqualTo("unauthorized");
        assertThat(e.getErrorMessage()).isEqualTo("Access token is invalid");
        assertThat(e.getMessage()).isEqualTo("dify answered HTTP 401 with error unauthorized: Access token is invalid");
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void difyProviderCodesCarryOver() {
        simulator.injectNext("dify", SimulatorResponse.json(400,
                Map.of("code", "provider_not_initialize", "message", "No valid model provider credentials found.", "status", 400)));
        WorkflowRunException e = failure(dify(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("provider_not_initialize");
        assertThat(e.getErrorMessage()).isEqualTo("No valid model provider credentials found.");

        simulator.injectNext("dify", SimulatorResponse.json(404, Map.of("code", "not_found", "message", "Workflow not found.", "status", 404)));
        e = failure(dify(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("not_found");

        simulator.injectNext("dify", SimulatorResponse.json(500,
                Map.of("code", "internal_server_error", "message", "Internal Server Error, please contact support.", "status", 500)));
        e = failure(dify(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(500);
        assertThat(e.getErrorCode()).isEqualTo("internal_server_error");
    }

    @Test
    void nonJsonAndEmptyAnswersAreDescribed() {
        // a 502 would say "may have started" (GatewayTimeoutTest): a 503 is the service's own refusal
        simulator.injectNext("dify", SimulatorResponse.text(503, "text/html", "<html><body>Service Unavailable</body></html>"));
        WorkflowRunException e = failure(dify(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getErrorCode()).isNull();
        assertThat(e.getErrorMessage()).contains("not a JSON object (text/html)").contains("Service Unavailable");

        simulator.injectNext("interactly", SimulatorResponse.empty(503));
        e = failure(interactly(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getErrorMessage()).isEqualTo("an empty answer");
    }

    @Test
    void aSuccessAnswerToATriggerThatNamesNoRunIsDescribedAsMaybeStarted() {
        // it used to be a plain provider error, which told a user that nothing had started (UnreadableSuccessAnswerTest)
        simulator.injectNext("dify", SimulatorResponse.text(200, "text/plain", "OK"));

        Exchange out = send(dify(WorkflowRunSimulator.API_KEY), Map.of("k", "v"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(out.getException().getMessage()).contains("HTTP 200").contains("expected a workflow_run_id")
                .contains("not a JSON object (text/plain): OK");
    }

    @Test
    void interactlyWrongKeyIs401WithRequestId() {
        WorkflowRunException e = failure(interactly("wrong-key"));

        assertThat(e.getProvider()).isEqualTo("interactly");
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.getErrorMessage()).isEqualTo("Unauthorized");
        assertThat(e.getRequestId()).isNotBlank();
    }

    @Test
    void interactlyValidationAndServiceErrorsAreReadable() {
        simulator.injectNext("interactly", SimulatorResponse.json(422,
                Map.of("detail", List.of(Map.of("loc", List.of("body", "run_input", "version_number"),
                        "msg", "Input should be greater than or equal to 0", "type", "greater_than_equal")))));
        WorkflowRunException e = failure(interactly(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(422);
        assertThat(e.getErrorMessage()).isEqualTo("body.run_input.version_number: Input should be greater than or equal to 0");

        simulator.injectNext("interactly", SimulatorResponse.json(400, Map.of("message", "Invalid workflow", "error", "no start node")));
        e = failure(interactly(WorkflowRunSimulator.API_KEY));
        assertThat(e.getErrorMessage()).isEqualTo("Invalid workflow: no start node");

        simulator.injectNext("interactly", SimulatorResponse.json(404, Map.of("detail", "Not found")));
        e = failure(interactly(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(404);
        assertThat(e.getErrorMessage()).isEqualTo("Not found");

        simulator.injectNext("interactly", SimulatorResponse.json(500, Map.of("detail", "Internal Server Error")));
        e = failure(interactly(WorkflowRunSimulator.API_KEY));
        assertThat(e.getHttpStatus()).isEqualTo(500);
    }

    @Test
    void difyStreamErrorEventFailsTheExchange() {
        simulator.injectNext("dify", SimulatorResponse.eventStream(List.of(
                Map.of("event", "error", "workflow_run_id", "r-1", "code", "invalid_param", "message", "input q is required", "status", 400))));
        Exchange out = send(dify(WorkflowRunSimulator.API_KEY) + "&responseMode=streaming", null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        WorkflowRunException e = (WorkflowRunException) out.getException();
        assertThat(e.getErrorCode()).isEqualTo("invalid_param");
        assertThat(e.getHttpStatus()).isEqualTo(400);
    }

    @Test
    void connectionRefusedFailsTheExchangeNamingTheHost() {
        Exchange out = send("workflowrun:dify?apiKey=k&user=u&connectTimeout=2000&baseUrl=http://127.0.0.1:1/v1", null);

        assertThat(out.getException()).hasMessageContaining("Could not complete the call to dify at 127.0.0.1");
    }
}
