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
package io.workflowrun.camel.provider.github;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.github.GitHubActionsHandler;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What GitHub Actions does its own way: the dispatch asks for the run's details, inputs go as text, a ref header,
 * servers without {@code return_run_details} told apart, the workflow ID's form, run IDs that are numbers, the run's
 * page on the message, a cancel GitHub refuses.
 */
class GitHubActionsDispatchTest extends SimulatorTestSupport {

    private static final String WORKFLOW = GitHubActionsHandler.WORKFLOW_ID;

    private String uri(String workflowId, String token, String more) {
        return "workflowrun:github-actions:" + workflowId + "?ref=main&token=RAW(" + token + ")&baseUrl="
               + simulator.baseUrl(GitHubActionsProvider.ID) + more;
    }

    private String uri(String more) {
        return uri(WORKFLOW, WorkflowRunSimulator.API_KEY, more);
    }

    private List<SimulatorRequest> requests() {
        return simulator.requests(GitHubActionsProvider.ID).stream().map(WorkflowRunSimulator.Recorded::request).toList();
    }

    private Exchange carryOn(Exchange previous, String operation) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    @Test
    void theDispatchAsksForTheRunsDetailsWithInputsAsTextAndGitHubsHeaders() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order", "A-1");
        body.put("count", 3);
        body.put("urgent", true);
        body.put("ratio", 0.5);

        Exchange out = send(uri(""), body);

        assertThat(out.getException()).isNull();
        SimulatorRequest dispatch = requests().get(0);
        assertThat(dispatch.method()).isEqualTo("POST");
        assertThat(dispatch.rawPath()).isEqualTo("/repos/octo-org/hello-world/actions/workflows/ci.yml/dispatches");
        assertThat(JsonBodies.object(dispatch)).containsExactly(Map.entry("ref", "main"),
                Map.entry("inputs", Map.of("order", "A-1", "count", "3", "urgent", "true", "ratio", "0.5")),
                Map.entry("return_run_details", true));
        assertThat(dispatch.header("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(dispatch.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(dispatch.header("User-Agent")).isEqualTo("camel-workflowrun");
        assertThat(dispatch.header("Authorization")).isEqualTo("Bearer " + WorkflowRunSimulator.API_KEY);
        String runId = out.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).matches("[0-9]+").isEqualTo(simulator.runs(GitHubActionsProvider.ID).get(0).runId());
        assertThat(out.getMessage().getHeader(GitHubActionsConstants.RUN_URL))
                .isEqualTo("https://github.com/octo-org/hello-world/actions/runs/" + runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).matches("[0-9A-F:]+");
    }

    @Test
    void aBodyWithoutParametersSendsNoInputsSoTheWorkflowsDefaultsApply() {
        assertThat(send(uri(""), null).getException()).isNull();

        assertThat(JsonBodies.object(requests().get(0))).containsOnlyKeys("ref", "return_run_details");
    }

    @Test
    void theRefHeaderOverridesTheRefOption() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setHeader(GitHubActionsConstants.REF, "release/2.0"));

        assertThat(out.getException()).isNull();
        assertThat(JsonBodies.object(requests().get(0))).containsEntry("ref", "release/2.0");
    }

    @Test
    void anInputThatIsNoTextNumberOrBooleanIsRefusedNamingItAndNothingIsSent() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("order", "A-1");
        nested.put("items", List.of("a", "b"));
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("note", null);

        for (Map<String, Object> body : List.of(nested, withNull)) {
            Exchange out = send(uri(""), body);

            assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Workflow input '")
                    .hasMessageContaining("a string, a number or a boolean");
        }
        assertThat(requests()).isEmpty();
    }

    @Test
    void moreThan25InputsAreRefusedBeforeSending() {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < 26; i++) {
            body.put("input" + i, "x");
        }

        Exchange out = send(uri(""), body);

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26 workflow inputs")
                .hasMessageContaining("at most 25");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aServerThatRefusesReturnRunDetailsIsToldApartAndStartedNoRun() {
        String token = "ghes-3-20-token";
        simulator.addKey(GitHubActionsProvider.ID, token, GitHubActionsHandler.SERVER_REFUSING_RUN_DETAILS);

        Exchange out = send(uri(WORKFLOW, token, ""), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e).isNotInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(e.getHttpStatus()).isEqualTo(422);
            assertThat(e.getMessage()).contains("\"return_run_details\" is not a permitted key")
                    .contains("this server does not take return_run_details").contains("no run was started");
        });
        assertThat(simulator.runs(GitHubActionsProvider.ID)).isEmpty();
        assertThat(requests()).as("not sent again").hasSize(1);
    }

    @Test
    void aServerThatAnswers204WithoutTheRunsDetailsMayHaveStartedARunWhoseIdIsNotKnown() {
        String token = "old-server-token";
        simulator.addKey(GitHubActionsProvider.ID, token, GitHubActionsHandler.SERVER_IGNORING_RUN_DETAILS);

        Exchange out = send(uri(WORKFLOW, token, ""), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunMaybeStartedException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(204);
            assertThat(e.getRequestId()).isNotBlank();
            assertThat(e.getMessage()).contains("may have started a run of workflow " + WORKFLOW)
                    .contains("204 No Content without the run's details").contains("return_run_details")
                    .contains("/actions/workflows/{workflow}/runs?event=workflow_dispatch").contains("It was not sent again");
        });
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isNull();
        assertThat(simulator.runs(GitHubActionsProvider.ID)).as("the server did start it").hasSize(1);
        assertThat(requests()).as("not sent again").hasSize(1);
    }

    @Test
    void theWorkflowIdIsOwnerRepoAndWorkflowFileOrNumber() {
        for (String bad : List.of("octo-org/hello-world/ci", "octo-org/hello-world/ci.yml/x", "octo-org", "octo!org/hello-world/ci.yml",
                "octo-org/../ci.yml")) {
            assertThatThrownBy(() -> context.getEndpoint(uri(bad, WorkflowRunSimulator.API_KEY, ""))).as(bad)
                    .isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                    .hasMessageContaining("The endpoint URI's workflowId").hasMessageContaining("owner/repo/workflow");
        }
        // a trigger needs the workflow; the repository alone serves status and cancel
        Exchange trigger = send(uri("octo-org/hello-world", WorkflowRunSimulator.API_KEY, ""), null);
        assertThat(trigger.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner/repo/workflow");
        assertThat(requests()).isEmpty();
    }

    @Test
    void statusAndCancelNeedOnlyTheRepositoryAndTheNumericRunId() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange status = template.request(uri("octo-org/hello-world", WorkflowRunSimulator.API_KEY, ""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, Long.parseLong(runId));
        });

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(status.getMessage().getHeader(GitHubActionsConstants.RUN_URL)).asString().endsWith("/actions/runs/" + runId);
        assertThat(requests()).last().satisfies(r -> assertThat(r.rawPath()).isEqualTo("/repos/octo-org/hello-world/actions/runs/" + runId));
    }

    @Test
    void aRunIdThatIsNoNumberIsRefusedNamingTheHeaderAndNothingIsSent() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "run-12");
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(WorkflowRunConstants.RUN_ID)
                .hasMessageContaining("'run-12'").hasMessageContaining("a number");
        assertThat(requests()).isEmpty();
    }

    @Test
    void aRunThatWaitsForAReviewerIsWaiting() {
        simulator.setTimeline(Duration.ZERO, Duration.ZERO);
        simulator.setWaiting(Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);

        Exchange status = carryOn(started, "status");

        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.WAITING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("waiting");
    }

    @Test
    void cancellingARunThatHasEndedIsGitHubsConflict() {
        Exchange started = send(uri(""), null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange cancelled = carryOn(started, "cancel");

        assertThat(cancelled.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(409);
            assertThat(e.getErrorMessage()).isEqualTo("Cannot cancel a workflow run that is completed.");
            assertThat(e.getRunId()).isEqualTo(runId);
        });
        assertThat(simulator.stateOf(GitHubActionsProvider.ID, runId)).isEqualTo(RunState.SUCCEEDED);
    }

    @Test
    void aCancelAnswersWithNoStatusOfItsOwn() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);

        Exchange cancelled = carryOn(started, "cancel");

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isNull();
        assertThat(carryOn(cancelled, "status").getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("cancelled");
    }
}
