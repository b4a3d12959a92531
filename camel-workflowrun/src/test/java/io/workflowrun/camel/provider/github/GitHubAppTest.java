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

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.github.GitHubActionsHandler;
import io.workflowrun.simulator.github.GitHubApp;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A GitHub App as the credential: the App's RS256 JWT (verified at the simulator with the App's public key by Nimbus
 * JOSE + JWT) is exchanged for an installation token, which every call then sends until it expires; a token GitHub no
 * longer takes is forgotten and the next call gets a new one; a refused exchange fails the call unsent, saying what to
 * check; and the options go together, each named when wrong.
 */
class GitHubAppTest extends SimulatorTestSupport {

    static {
        SecretGuard.watch(GitHubApp.privateKeyPem().split("\n")[1]);
    }

    private String uri(String privateKey, String installationId, String more) {
        return "workflowrun:github-actions:" + GitHubActionsHandler.WORKFLOW_ID + "?ref=main&appId=" + GitHubApp.ID + "&installationId="
               + installationId + "&privateKey=RAW(" + privateKey + ")&baseUrl=" + simulator.baseUrl(GitHubActionsProvider.ID) + more;
    }

    /** The key as an option holds it: on one line, its line breaks as spaces. */
    private static String oneLine(String pem) {
        return pem.strip().replace('\n', ' ');
    }

    private String uri(String more) {
        return uri(oneLine(GitHubApp.privateKeyPem()), GitHubApp.INSTALLATION_ID, more);
    }

    private List<SimulatorRequest> tokenRequests() {
        return simulator.requests(GitHubActionsProvider.ID).stream().map(WorkflowRunSimulator.Recorded::request)
                .filter(r -> r.rawPath().startsWith("/app/")).toList();
    }

    private List<SimulatorRequest> apiRequests() {
        return simulator.requests(GitHubActionsProvider.ID).stream().map(WorkflowRunSimulator.Recorded::request)
                .filter(r -> r.rawPath().startsWith("/repos/")).toList();
    }

    private Exchange carryOn(String uri, Exchange previous, String operation) {
        return template.request(uri, e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    @Test
    void theAppsJwtGetsAnInstallationTokenThatEveryCallSends() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        String uri = uri("");

        Exchange started = send(uri, Map.of("order", "A-1"));
        Exchange status = carryOn(uri, started, "status");
        Exchange again = send(uri, Map.of("order", "A-2"));

        assertThat(List.of(started, status, again)).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(tokenRequests()).as("one exchange for the three calls").singleElement().satisfies(fetch -> {
            assertThat(fetch.method()).isEqualTo("POST");
            assertThat(fetch.rawPath()).isEqualTo("/app/installations/" + GitHubApp.INSTALLATION_ID + "/access_tokens");
            assertThat(fetch.header("Accept")).isEqualTo("application/vnd.github+json");
            assertThat(fetch.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
            assertThat(fetch.header("Authorization")).startsWith("Bearer ey");
        });
        assertThat(apiRequests()).hasSize(3).allSatisfy(call -> assertThat(call.header("Authorization")).matches("Bearer ghs_[A-Za-z0-9]{36}"));
        assertThat(apiRequests()).extracting(r -> r.header("Authorization")).containsOnly(apiRequests().get(0).header("Authorization"));
    }

    @Test
    void theJwtIsRs256IssuedByTheAppAMinuteAgoForTenMinutes() {
        Instant before = Instant.now();
        assertThat(send(uri(""), null).getException()).isNull();

        String jwt = tokenRequests().get(0).header("Authorization").substring("Bearer ".length());
        String[] parts = jwt.split("\\.");
        assertThat(Json.readObjectOrNull(Base64.getUrlDecoder().decode(parts[0]))).containsExactly(
                Map.entry("alg", "RS256"), Map.entry("typ", "JWT"));
        Map<String, Object> claims = Json.readObjectOrNull(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims).containsOnlyKeys("iat", "exp", "iss").containsEntry("iss", GitHubApp.ID);
        long iat = ((Number) claims.get("iat")).longValue();
        long exp = ((Number) claims.get("exp")).longValue();
        assertThat(iat).isBetween(before.getEpochSecond() - 61, Instant.now().getEpochSecond() - 59);
        assertThat(exp - iat).isEqualTo(600);
    }

    @Test
    void theKeyIsReadInPkcs8AndWithItsLineBreaksWrittenAsBackslashN() {
        for (String key : List.of(oneLine(GitHubApp.privateKeyPkcs8Pem()), GitHubApp.privateKeyPem().replace("\n", "\\n"))) {
            simulator.reset();

            Exchange out = send(uri(key, GitHubApp.INSTALLATION_ID, ""), null);

            assertThat(out.getException()).isNull();
            assertThat(tokenRequests()).hasSize(1);
        }
    }

    @Test
    void anInstallationTokenGitHubNoLongerTakesIsForgottenAndTheNextCallGetsANewOne() {
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ZERO, Duration.ofHours(3));
        String uri = uri("");
        Exchange started = send(uri, null);
        assertThat(started.getException()).isNull();

        // an hour later at GitHub the token has expired, though this host still holds it
        clock.set(clock.instant().plus(GitHubActionsHandler.INSTALLATION_TOKEN_LIFETIME).plusSeconds(1));
        Exchange refused = carryOn(uri, started, "status");
        clock.set(Instant.now());
        Exchange afterwards = carryOn(uri, started, "status");

        assertThat(refused.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(401);
            assertThat(e.getErrorMessage()).isEqualTo("Bad credentials");
        });
        assertThat(afterwards.getException()).isNull();
        assertThat(tokenRequests()).as("a new token after the refusal").hasSize(2);
        List<SimulatorRequest> calls = apiRequests();
        assertThat(calls.get(2).header("Authorization")).isNotEqualTo(calls.get(1).header("Authorization"));
    }

    @Test
    void aKeyThatIsNotTheAppsFailsTheCallUnsentSayingWhatToCheck() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = "-----BEGIN PRIVATE KEY----- "
                          + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                          + " -----END PRIVATE KEY-----";

        Exchange out = send(uri(otherKey, GitHubApp.INSTALLATION_ID, ""), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunNotSentException.class)
                .hasMessageContaining("no access token could be got from its token endpoint")
                .hasMessageContaining("A JSON web token could not be decoded")
                .hasMessageContaining("check options appId and privateKey")
                .hasRootCauseInstanceOf(WorkflowRunException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(otherKey.substring(40, 80)));
        assertThat(apiRequests()).as("no dispatch went out").isEmpty();
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void anInstallationTheAppDoesNotHaveIsNamed() {
        Exchange out = send(uri(oneLine(GitHubApp.privateKeyPem()), "99", ""), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunNotSentException.class).hasMessageContaining("HTTP 404")
                .hasMessageContaining("no installation 99 of App " + GitHubApp.ID).hasMessageContaining("check option installationId");
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void theAppsOptionsGoTogetherAndNotWithAToken() {
        String base = "workflowrun:github-actions:" + GitHubActionsHandler.WORKFLOW_ID + "?ref=main&baseUrl="
                      + simulator.baseUrl(GitHubActionsProvider.ID);
        String key = "&privateKey=RAW(" + oneLine(GitHubApp.privateKeyPem()) + ")";
        Map<String, String> refused = Map.of(
                base + "&appId=1" + key + "&token=x", "Options token and appId, privateKey are both set",
                base + "&appId=1", "Option installationId and privateKey is required for provider github-actions with a GitHub App",
                base + "&installationId=2" + key, "Option appId is required",
                base + "&appId=1&installationId=two" + key, "Option installationId is 'two', but a GitHub App installation's ID is a number",
                base + "&appId=1&installationId=2&privateKey=RAW(not-a-key)", "Option privateKey is not an RSA private key in PEM",
                base, "Option token is required for provider github-actions (or appId, installationId and privateKey");

        refused.forEach((uri, why) -> assertThatThrownBy(() -> context.getEndpoint(uri)).as(why)
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(GitHubApp.privateKeyPem().split("\n")[1]))
                .rootCause().hasMessageContaining(why));
    }
}
