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
package io.workflowrun.camel.provider.google;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.google.GoogleWorkflowsHandler;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What is Google Cloud Workflows' own: the service account's access token (fetched once, sent until it expires,
 * fetched anew when it has expired or is refused), the assertion as the token endpoint receives it, the argument as
 * JSON text, the result and error of an execution, execution names, quota refusals, and the key option's faults.
 */
class GoogleWorkflowsTest extends SimulatorTestSupport {

    private static final String ID = GoogleWorkflowsProvider.ID;

    private static ProviderSample sample() {
        return WorkflowRunSimulator.sample(ID);
    }

    private static String uri(String more) {
        return sample().uri(simulator.baseUrl(ID)) + more;
    }

    private Exchange carryOn(Exchange previous, String operation) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    private static List<WorkflowRunSimulator.Recorded> tokenRequests() {
        return simulator.requests(ID).stream().filter(r -> r.request().rawPath().equals("/token")).toList();
    }

    private static List<WorkflowRunSimulator.Recorded> apiCalls() {
        return simulator.requests(ID).stream().filter(r -> !r.request().rawPath().equals("/token")).toList();
    }

    private static Map<String, Object> json(String base64url) {
        return io.workflowrun.camel.spi.Json.readObjectOrNull(new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8));
    }

    // ---- the access token

    @Test
    void oneTokenIsFetchedAndSentWithEveryCall() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), Map.of("order", "A-1"));
        Exchange status = carryOn(started, "status");

        assertThat(started.getException()).isNull();
        assertThat(status.getException()).isNull();
        assertThat(tokenRequests()).as("token requests").hasSize(1);
        assertThat(apiCalls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.request().header("Authorization")).startsWith("Bearer ya29.");
        });
        assertThat(apiCalls().get(0).request().header("Authorization")).isEqualTo(apiCalls().get(1).request().header("Authorization"));
    }

    @Test
    void theAssertionIsSignedForGooglesTokenEndpointByTheAccountForAnHour() {
        Instant before = Instant.now();
        assertThat(send(uri(""), Map.of("order", "A-1")).getException()).isNull();

        String form = tokenRequests().get(0).request().bodyText();
        assertThat(form).startsWith("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=");
        assertThat(tokenRequests().get(0).request().header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        String[] jwt = form.substring(form.indexOf("&assertion=") + "&assertion=".length()).split("\\.");
        assertThat(jwt).hasSize(3);
        assertThat(json(jwt[0])).isEqualTo(Map.of("alg", "RS256", "typ", "JWT", "kid", GoogleWorkflowsHandler.PRIVATE_KEY_ID));
        Map<String, Object> claims = json(jwt[1]);
        assertThat(claims).containsEntry("iss", GoogleWorkflowsHandler.CLIENT_EMAIL)
                .containsEntry("scope", "https://www.googleapis.com/auth/cloud-platform")
                .containsEntry("aud", "https://oauth2.googleapis.com/token").doesNotContainKey("sub");
        long iat = ((Number) claims.get("iat")).longValue();
        assertThat(iat).isBetween(before.getEpochSecond(), Instant.now().getEpochSecond());
        assertThat(((Number) claims.get("exp")).longValue() - iat).isEqualTo(3600);
    }

    @Test
    void anExpiredTokenIsRefusedWithUnauthenticatedForgottenAndFetchedAnew() {
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ZERO, Duration.ofHours(5));
        Exchange started = send(uri(""), Map.of("order", "A-1"));
        assertThat(started.getException()).isNull();

        // the token's hour is over at Google's, though not yet by this machine's clock
        clock.set(clock.instant().plus(GoogleWorkflowsHandler.DEFAULT_TOKEN_LIFETIME).plusSeconds(1));
        Exchange refused = carryOn(started, "status");
        Exchange again = carryOn(started, "status");

        assertThat(refused.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(401);
            assertThat(e.getErrorCode()).isEqualTo("UNAUTHENTICATED");
            assertThat(e.getMessage()).doesNotContain("ya29.");
        });
        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(tokenRequests()).as("token requests").hasSize(2);
    }

    @Test
    void aTokenIsFetchedAnewBeforeItExpires() throws Exception {
        GoogleWorkflowsHandler handler = (GoogleWorkflowsHandler) simulator.handler(ID);
        handler.setTokenLifetime(Duration.ofSeconds(4));
        try {
            simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
            Exchange started = send(uri(""), Map.of("order", "A-1"));
            assertThat(started.getException()).isNull();
            // a token of four seconds is held for two of them, counted from before the token endpoint received its request
            Instant refreshed = tokenRequests().get(0).request().receivedAt().plusMillis(2200);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Instant.now().isBefore(refreshed) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            Exchange status = carryOn(started, "status");

            assertThat(status.getException()).isNull();
            assertThat(tokenRequests()).as("token requests").hasSize(2);
            assertThat(apiCalls()).allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
        } finally {
            handler.setTokenLifetime(null);
        }
    }

    // ---- executions

    @Test
    void theBodyIsTheExecutionsArgumentAsJsonText() {
        assertThat(send(uri(""), Map.of("order", "A-1", "items", List.of(1, 2))).getException()).isNull();
        assertThat(send(uri(""), null).getException()).isNull();

        Map<String, Object> withBody = io.workflowrun.camel.spi.Json.readObjectOrNull(apiCalls().get(0).request().bodyText());
        assertThat(withBody).containsOnlyKeys("argument");
        assertThat(io.workflowrun.camel.spi.Json.readObjectOrNull((String) withBody.get("argument")))
                .isEqualTo(Map.of("order", "A-1", "items", List.of(1, 2)));
        assertThat(apiCalls().get(1).request().bodyText()).as("no body: no argument").isEqualTo("{}");
        assertThat(apiCalls().get(0).request().rawPath())
                .isEqualTo("/v1/projects/sim-project/locations/us-central1/workflows/order-pipeline/executions");
    }

    @Test
    void aSucceededExecutionsResultIsItsOutputsAndAFailedOnesErrorItsPayload() {
        Exchange succeeded = send(uri("&waitForCompletion=true&pollInterval=20"), Map.of("order", "A-1"));
        simulator.setOutcome(sample().workflowId(), RunState.FAILED);
        Exchange failed = send(uri("&waitForCompletion=true&failOnRunFailure=false&pollInterval=20"), Map.of("order", "A-2"));

        assertThat(succeeded.getMessage().getBody(WorkflowRun.class).outputs()).isEqualTo(Map.of("order", "A-1"));
        WorkflowRun run = failed.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("the simulated workflow failed").contains("in step");
    }

    @Test
    void theExecutionsNameIsAHeaderAndNamesTheRunForStatusAndCancel() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), Map.of("order", "A-1"));
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        String name = started.getMessage().getHeader(GoogleWorkflowsConstants.EXECUTION_NAME, String.class);
        assertThat(name).isEqualTo("projects/sim-project/locations/us-central1/workflows/order-pipeline/executions/" + runId);

        // another endpoint's workflow: the full name says which
        Exchange cancelled = template.request(sample().uri(simulator.baseUrl(ID)).replace(":order-pipeline?", ":other?"), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "cancel");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, name);
        });

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(simulator.stateOf(ID, runId)).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void aRunIdWithSlashesThatIsNoExecutionNameIsRefusedAndNothingIsSent() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "projects/p/executions/e");
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.RUN_ID).hasMessageContaining("projects/{project}/locations/");
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void cancellingAnEndedExecutionIsGooglesFailedPrecondition() {
        Exchange started = send(uri(""), Map.of("order", "A-1"));

        Exchange cancelled = carryOn(started, "cancel");

        assertThat(cancelled.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorCode()).isEqualTo("FAILED_PRECONDITION");
        });
    }

    @Test
    void aQuotaRefusalIsSentAgainAndStartsOneRun() {
        // the endpoint holds its token already: the refusals are the API's
        assertThat(send(uri("&retryDelay=10"), null).getException()).isNull();
        simulator.reset();
        simulator.injectNext(ID, Fault.providerThrottling());
        simulator.injectNext(ID, Fault.providerThrottling());

        Exchange out = send(uri("&retryDelay=10"), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs(ID)).hasSize(1);
        assertThat(simulator.requests(ID)).extracting(WorkflowRunSimulator.Recorded::status).containsExactly(429, 429, 200);
    }

    // ---- the key option

    @Test
    void aKeyFileNamedByItsPathIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.json");
        Files.writeString(file, sample().credentials().get("serviceAccountKey"));

        Exchange out = send(sample().withKey("file:" + file, null).uri(simulator.baseUrl(ID)), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void aKeyThatCannotBeUsedIsRefusedNamingTheOptionWithoutQuotingIt() {
        String key = sample().credentials().get("serviceAccountKey");
        Map<String, String> wrong = Map.of(
                "not-json-" + TestKeys.samplePrivateKeyLine(), "is not a service account's JSON key",
                key.replace("\"type\":\"service_account\"", "\"type\":\"authorized_user\""), "of type 'authorized_user'",
                key.replace("client_email", "email"), "has no client_email",
                key.replace(TestKeys.samplePrivateKeyLine(), "AAAA"), "private_key of Option serviceAccountKey is not an RSA private key",
                key.replace("\"/token\"", "\"http://oauth.example.com/token\""), "token_uri",
                "file:/no/such/key.json", "cannot be read");

        wrong.forEach((value, expected) -> assertThatThrownBy(
                () -> context.getEndpoint(sample().withKey(value, null).uri(simulator.baseUrl(ID))))
                .as(expected).isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(fullText(e)).doesNotContain(TestKeys.samplePrivateKeyLine()))
                .rootCause().hasMessageContaining("serviceAccountKey").hasMessageContaining(expected));
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aWorkflowNameOrLocationGoogleWouldRefuseIsNamed() {
        assertThatThrownBy(() -> context.getEndpoint(uri("").replace(":order-pipeline?", ":9-pipeline?")))
                .rootCause().hasMessageContaining("9-pipeline").hasMessageContaining("starts with a letter");
        assertThatThrownBy(() -> context.getEndpoint(uri("").replace("RAW(us-central1)", "RAW(US Central)")))
                .rootCause().hasMessageContaining("Option region").hasMessageContaining("us-central1");
    }

    private static String fullText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
