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
package io.workflowrun.examples.resttrigger;

import java.util.Map;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as shipped (Dify on the in-process simulator), called over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestTriggerDifyTest extends ApiTestSupport {

    private static final String WORKFLOW = "4f0c9a8e-1b2d-4c3e-8f7a-6b5c4d3e2f10";

    @Test
    void postStartsOneRunWithTheParametersAndAnswersItsId() throws Exception {
        ApiClient.Answer answer = api.post("/workflows/" + WORKFLOW + "/runs", "{\"city\": \"Lyon\", \"nights\": 2}");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(simulator.runs("dify")).singleElement().satisfies(run -> {
            assertThat(answer.body()).containsEntry("runId", run.runId()).containsEntry("provider", "dify")
                    .containsEntry("workflowId", WORKFLOW).containsKeys("status", "requestId");
            assertThat(run.workflowId()).isEqualTo(WORKFLOW);
            assertThat(run.parameters()).isEqualTo(Map.of("city", "Lyon", "nights", 2));
            assertThat(answer.location()).isEqualTo("/workflows/" + WORKFLOW + "/runs/" + run.runId()
                                                    + "?taskId=" + answer.body().get("taskId"));
        });
        assertThat(simulator.requests("dify")).hasSize(1);
    }

    @Test
    void getOnTheLocationAnswersTheRunsStatus() throws Exception {
        ApiClient.Answer started = api.post("/workflows/" + WORKFLOW + "/runs", "{}");

        ApiClient.Answer status = api.get(started.location());

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).containsEntry("runId", started.body().get("runId"))
                .containsEntry("status", "SUCCEEDED").containsEntry("providerStatus", "succeeded");
    }

    @Test
    void deleteOnTheLocationCancelsTheRun() throws Exception {
        simulator.setOutcome(WORKFLOW, RunState.RUNNING);
        ApiClient.Answer started = api.post("/workflows/" + WORKFLOW + "/runs", "{}");

        ApiClient.Answer cancelled = api.delete(started.location());

        assertThat(cancelled.status()).isEqualTo(200);
        // Dify acknowledges the stop request only: a GET tells what came of it
        assertThat(cancelled.body()).containsEntry("status", null);
        assertThat(simulator.stateOf("dify", (String) started.body().get("runId"))).isEqualTo(RunState.CANCELLED);
        assertThat(api.get(started.location()).body()).containsEntry("status", "CANCELLED");
    }

    @Test
    void cancelWithoutTheTaskIdIsRefusedNamingTheQueryParameter() throws Exception {
        ApiClient.Answer answer = api.delete("/workflows/" + WORKFLOW + "/runs/some-run");

        assertThat(answer.status()).isEqualTo(400);
        assertThat((String) answer.body().get("message")).contains("taskId");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void bodyThatIsNotAJsonObjectIsRefusedBeforeAnythingIsSent() throws Exception {
        ApiClient.Answer array = api.post("/workflows/" + WORKFLOW + "/runs", "[\"Lyon\"]");
        ApiClient.Answer broken = api.post("/workflows/" + WORKFLOW + "/runs", "{\"city\": ");

        assertThat(array.status()).isEqualTo(400);
        assertThat(array.body()).containsEntry("error", "bad_request");
        assertThat((String) array.body().get("message")).contains("body").contains("JSON object");
        assertThat(broken.status()).isEqualTo(400);
        assertThat((String) broken.body().get("message")).contains("body is not valid JSON");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void providerRejectionIsABadGatewayCarryingTheProvidersCode() throws Exception {
        simulator.injectNext("dify", DifyHandler.error(400, "invalid_param", "city is required in input form"));

        ApiClient.Answer answer = api.post("/workflows/" + WORKFLOW + "/runs", "{}");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.body()).containsEntry("error", "provider_error").containsEntry("provider", "dify")
                .containsEntry("providerHttpStatus", 400).containsEntry("providerCode", "invalid_param")
                .containsEntry("providerMessage", "city is required in input form").containsEntry("workflowId", WORKFLOW);
        assertThat(answer.body().toString()).doesNotContain(WorkflowRunSimulator.API_KEY);
    }

    @Test
    void noAnswerAfterTheTriggerWasSentSaysTheRunMayHaveStartedAndIsNotResent() throws Exception {
        simulator.injectNext("dify", Fault.dropAfterRun());

        ApiClient.Answer answer = api.post("/workflows/" + WORKFLOW + "/runs", "{\"city\": \"Lyon\"}");

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.body()).containsEntry("error", "run_may_have_started").containsEntry("workflowId", WORKFLOW);
        assertThat((String) answer.body().get("message")).contains("may have started").contains("Do not retry blindly");
        assertThat(simulator.requests("dify")).hasSize(1);
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void callersHeadersAndQueryParametersDoNotReachTheComponent() throws Exception {
        ApiClient.Answer answer = api.post("/workflows/" + WORKFLOW + "/runs?CamelWorkflowRunOperation=status&CamelWorkflowRunDifyUser=mallory",
                "{}", "CamelWorkflowRunWorkflowId", "other", "X-Anything", "value");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(simulator.runs("dify")).singleElement().satisfies(run -> assertThat(run.workflowId()).isEqualTo(WORKFLOW));
        assertThat(simulator.requests("dify").get(0).request().bodyText()).contains("\"user\":\"camel-rest-trigger\"");
    }
}
