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
package io.workflowrun.simulator.github;

import java.io.IOException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kohsuke.github.GHAppInstallationToken;
import org.kohsuke.github.GHFileNotFoundException;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GHWorkflowRun;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;
import org.kohsuke.github.HttpException;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official GitHub API for Java (org.kohsuke:github-api 1.330), pointed at the simulator: its dispatch (which asks
 * for no run details, so is answered 204), its reads of the run and its cancel are accepted and mean what they mean at
 * GitHub; its App JWT (from its own JWT provider, on JJWT) is verified with the App's public key and exchanged through
 * its own installation-token calls; a JWT signed with another key is refused.
 */
class GitHubActionsSdkOracleTest {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();

    private static String endpoint() {
        return simulator.baseUrl(GitHubActionsHandler.ID);
    }

    private static GitHub withToken(String token) throws IOException {
        return new GitHubBuilder().withEndpoint(endpoint()).withOAuthToken(token).build();
    }

    private static List<SimulatorRequest> requests() {
        return simulator.get().requests(GitHubActionsHandler.ID).stream().map(WorkflowRunSimulator.Recorded::request).toList();
    }

    private static SimulatedRun onlyRun() {
        assertThat(simulator.get().runs(GitHubActionsHandler.ID)).hasSize(1);
        return simulator.get().runs(GitHubActionsHandler.ID).get(0);
    }

    @Test
    void theSdksDispatchReadsAndCancelAreAccepted() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        GHRepository repository = withToken(WorkflowRunSimulator.API_KEY).getRepository("octo-org/hello-world");

        repository.getWorkflow("ci.yml").dispatch("main", Map.of("order", "A-1"));

        SimulatedRun run = onlyRun();
        assertThat(run.workflowId()).isEqualTo(GitHubActionsHandler.WORKFLOW_ID);
        assertThat(run.parameters()).containsEntry("order", "A-1");
        // the SDK dispatches by the workflow's numeric ID, which the workflow read gave it, and sends its own headers
        SimulatorRequest dispatch = requests().stream().filter(r -> r.rawPath().endsWith("/dispatches")).findFirst().orElseThrow();
        assertThat(dispatch.rawPath()).matches("/repos/octo-org/hello-world/actions/workflows/[0-9]+/dispatches");
        assertThat(JsonBodies.object(dispatch)).containsOnlyKeys("ref", "inputs");
        assertThat(dispatch.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
        assertThat(dispatch.header("Authorization")).isEqualTo("token " + WorkflowRunSimulator.API_KEY);

        GHWorkflowRun read = repository.getWorkflowRun(Long.parseLong(run.runId()));
        assertThat(read.getStatus()).isEqualTo(GHWorkflowRun.Status.IN_PROGRESS);
        assertThat(read.getHeadBranch()).isEqualTo("main");
        assertThat(read.getEvent().name()).isEqualTo("WORKFLOW_DISPATCH");
        read.cancel();
        GHWorkflowRun cancelled = repository.getWorkflowRun(Long.parseLong(run.runId()));
        assertThat(cancelled.getStatus()).isEqualTo(GHWorkflowRun.Status.COMPLETED);
        assertThat(cancelled.getConclusion()).isEqualTo(GHWorkflowRun.Conclusion.CANCELLED);
        assertThat(simulator.get().stateOf(GitHubActionsHandler.ID, run.runId())).isEqualTo(RunState.CANCELLED);
        // and a run that has ended cannot be cancelled again
        HttpException conflict = catchThrowableOfType(HttpException.class, cancelled::cancel);
        assertThat(conflict.getResponseCode()).isEqualTo(409);
    }

    @Test
    void theSdksSuccessfulAndFailedRunsReadAsGitHubConcludesThem() throws Exception {
        GHRepository repository = withToken(WorkflowRunSimulator.API_KEY).getRepository("octo-org/hello-world");
        repository.getWorkflow("ci.yml").dispatch("main");
        simulator.get().setOutcome(GitHubActionsHandler.WORKFLOW_ID, RunState.FAILED);
        repository.getWorkflow("ci.yml").dispatch("main");

        List<SimulatedRun> runs = simulator.get().runs(GitHubActionsHandler.ID);
        assertThat(repository.getWorkflowRun(Long.parseLong(runs.get(0).runId())).getConclusion()).isEqualTo(GHWorkflowRun.Conclusion.SUCCESS);
        assertThat(repository.getWorkflowRun(Long.parseLong(runs.get(1).runId())).getConclusion()).isEqualTo(GHWorkflowRun.Conclusion.FAILURE);
    }

    @Test
    void anInputThatIsNotTextIsRefusedAsGitHubRefusesIt() throws Exception {
        GHRepository repository = withToken(WorkflowRunSimulator.API_KEY).getRepository("octo-org/hello-world");

        HttpException refused = catchThrowableOfType(HttpException.class,
                () -> repository.getWorkflow("ci.yml").dispatch("main", Map.of("count", 3)));

        assertThat(refused.getResponseCode()).isEqualTo(422);
        assertThat(refused.getMessage()).contains("For 'additionalProperties', 3 is not a string.");
        assertThat(simulator.get().runs()).isEmpty();
    }

    @Test
    void anUnknownTokenAndAnUnknownWorkflowAreRefused() throws Exception {
        HttpException badCredentials = catchThrowableOfType(HttpException.class,
                () -> withToken("ghp_unknown").getRepository("octo-org/hello-world"));
        assertThat(badCredentials.getResponseCode()).isEqualTo(401);
        assertThat(badCredentials.getMessage()).contains("Bad credentials");

        GHRepository repository = withToken(WorkflowRunSimulator.API_KEY).getRepository("octo-org/hello-world");
        assertThat(catchThrowableOfType(GHFileNotFoundException.class, () -> repository.getWorkflow("build"))).isNotNull();
    }

    @Test
    void theSdksAppJwtIsVerifiedAndItsInstallationTokenDispatches() throws Exception {
        GitHub asApp = new GitHubBuilder().withEndpoint(endpoint())
                .withAuthorizationProvider(new JWTTokenProvider(GitHubApp.ID, GitHubApp.privateKeyPkcs8Pem())).build();

        assertThat(asApp.getApp().getId()).isEqualTo(Long.parseLong(GitHubApp.ID));
        GHAppInstallationToken token = asApp.getApp().getInstallationById(Long.parseLong(GitHubApp.INSTALLATION_ID)).createToken().create();

        assertThat(token.getToken()).matches("ghs_[A-Za-z0-9]{36}");
        assertThat(token.getExpiresAt().toInstant()).isAfter(java.time.Instant.now().plus(Duration.ofMinutes(59)));
        SimulatorRequest exchange = requests().stream().filter(r -> r.rawPath().endsWith("/access_tokens")).findFirst().orElseThrow();
        String[] jwt = exchange.header("Authorization").substring("Bearer ".length()).split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(jwt[0]))).contains("\"alg\":\"RS256\"");
        assertThat(JsonBodies.object(new String(Base64.getUrlDecoder().decode(jwt[1])))).containsEntry("iss", GitHubApp.ID);

        GitHub asInstallation = new GitHubBuilder().withEndpoint(endpoint()).withAppInstallationToken(token.getToken()).build();
        asInstallation.getRepository("octo-org/hello-world").getWorkflow("ci.yml").dispatch("main");
        assertThat(onlyRun().workflowId()).isEqualTo(GitHubActionsHandler.WORKFLOW_ID);
    }

    @Test
    void anAppJwtSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = "-----BEGIN PRIVATE KEY-----\n"
                          + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                          + "\n-----END PRIVATE KEY-----\n";
        GitHub asApp = new GitHubBuilder().withEndpoint(endpoint())
                .withAuthorizationProvider(new JWTTokenProvider(GitHubApp.ID, otherKey)).build();

        HttpException refused = catchThrowableOfType(HttpException.class, asApp::getApp);

        assertThat(refused.getResponseCode()).isEqualTo(401);
        assertThat(refused.getMessage()).contains(GitHubAppJwtVerifier.NOT_DECODED);
    }
}
