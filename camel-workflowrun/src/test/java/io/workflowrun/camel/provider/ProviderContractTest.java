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
package io.workflowrun.camel.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunEndpoint;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every provider does the same way, proven against its simulator with its sample settings
 * ({@link WorkflowRunSimulator#sample}): trigger, status, cancel, wait, the provider's errors, bad input, secret
 * hygiene and a credential the provider verifies. A provider's subclass names the provider and answers the hooks for
 * what is its own (its status names, its error codes, how it cancels); its other tests cover only what is special to it.
 */
public abstract class ProviderContractTest extends SimulatorTestSupport {

    /** Polls often, so that waits end soon after their run. */
    protected static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";
    /** A bearer key no provider knows: a secret like any bearer key. */
    private static final String UNKNOWN_API_KEY = "contract-unknown-api-key-4711";
    /** An access key ID no provider knows: sent in the clear with every signed request, and quoted by some refusals. */
    private static final String UNKNOWN_ACCESS_KEY = "contract-unknown-access-key";

    static {
        SecretGuard.watch(UNKNOWN_API_KEY);
        SecretGuard.watch(tampered(WorkflowRunSimulator.SECRET_KEY));
        SecretGuard.watch(tampered(WorkflowRunSimulator.API_KEY));
    }

    /**
     * A provider's refusal, as the component reports it.
     *
     * @param httpStatus the HTTP status of the answer
     * @param errorCode  the provider's own error code, or null where its answer has none
     */
    public record ProviderError(int httpStatus, String errorCode) {
    }

    // ---- what a provider's subclass says

    /** The provider under test. */
    protected abstract String provider();

    /** The provider's own status for a run that is running, has succeeded, has failed (as PROVIDER_STATUS shows it). */
    protected abstract Map<RunStatus, String> providerStatuses();

    /** The provider's refusal of a key it does not know. */
    protected abstract ProviderError unknownKeyError();

    /** The provider's answer to the status of a run it does not know ({@link #unknownRunId()}). */
    protected abstract ProviderError unknownRunError();

    /** The provider's refusal of a request signed with the wrong secret; its unknown-key error where it signs nothing. */
    protected ProviderError wrongSecretError() {
        return unknownKeyError();
    }

    /** A run ID of the provider's form that the simulator never started. */
    protected String unknownRunId() {
        return "00000000-0000-0000-0000-000000000000";
    }

    /** Endpoint options for a trigger that returns while its run goes on: none for most providers. */
    protected String triggerWhileRunning() {
        return "";
    }

    /** Cancels the run a trigger started, as a route would: the trigger's headers carried on, operation=cancel. */
    protected Exchange cancel(Exchange started) {
        return carryOn(started, "cancel");
    }

    /** Whether the provider can stop a run at all; one that cannot refuses a cancel before sending, saying so. */
    protected boolean cancels() {
        return true;
    }

    /** Whether a wait asks for the run's status until it has ended (else it reads the run's end from the trigger's answer). */
    protected boolean waitsByPolling() {
        return true;
    }

    /**
     * An idempotency key of the provider's form, for a provider with a native key (see
     * {@code ProviderClient.takesIdempotencyKey()}); null for a provider without one, whose triggers refuse a key.
     */
    protected String idempotencyKey() {
        return null;
    }

    /**
     * Whether a request the simulator received is one that gets an access token (see
     * {@code ProviderClient.tokens()}), not a call the message made: the counts of calls leave these out. None by
     * default.
     */
    protected boolean isTokenFetch(SimulatorRequest request) {
        return false;
    }

    /** Whether the provider gives each answer an ID to quote to its support (a request ID). */
    protected boolean answersCarryRequestIds() {
        return true;
    }

    // ---- helpers for the provider's own tests too

    /** The provider's sample settings. */
    protected ProviderSample sample() {
        return WorkflowRunSimulator.sample(provider());
    }

    /** The sample's endpoint on the simulator, with more options. */
    protected String uri(String more) {
        return sample().uri(simulator.baseUrl(provider())) + more;
    }

    /** Starts a run with a small body and checks that it was started. */
    protected Exchange trigger(String more) {
        Exchange started = send(uri(triggerWhileRunning() + more), Map.of("order", "A-1"));
        assertThat(started.getException()).as("the trigger").isNull();
        return started;
    }

    /** Runs another operation with the headers a previous exchange left, as a route would carry them on. */
    protected Exchange carryOn(Exchange previous, String operation) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    /** The calls the provider received, without the requests that got access tokens. */
    protected List<WorkflowRunSimulator.Recorded> calls() {
        return simulator.requests(provider()).stream().filter(recorded -> !isTokenFetch(recorded.request())).toList();
    }

    protected static String runIdOf(Exchange exchange) {
        return exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
    }

    // ---- trigger

    @Test
    void triggerReturnsTheRunIdTheSimulatorRecorded() {
        Exchange out = send(uri(""), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        SimulatedRun run = singleRun();
        assertThat(run.workflowId()).isEqualTo(sample().workflowId());
        assertThat(run.parameters()).containsEntry("order", "A-1");
        assertThat(runIdOf(out)).isNotBlank().isEqualTo(run.runId());
        WorkflowRun answer = out.getMessage().getBody(WorkflowRun.class);
        assertThat(answer.provider()).isEqualTo(provider());
        assertThat(answer.runId()).isEqualTo(run.runId());
        assertThat(answer.workflowId()).isEqualTo(sample().workflowId());
        if (answersCarryRequestIds()) {
            assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).isNotBlank();
        }
        assertThat(calls()).as("sent once").singleElement()
                .satisfies(recorded -> assertThat(recorded.status()).isBetween(200, 299));
    }

    @Test
    void aRepeatedTriggerWithTheSameKeyStartsNoSecondRun() {
        String key = idempotencyKey();
        Exchange first = template.request(uri(triggerWhileRunning()), e -> {
            e.getMessage().setBody(Map.of("order", "A-1"));
            e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key == null ? "order-A-1" : key);
        });
        if (key == null) {
            assertThat(first.getException()).as("a key given to a provider without one").isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(WorkflowRunConstants.IDEMPOTENCY_KEY).hasMessageContaining("nothing was sent");
            assertThat(simulator.requests(provider())).isEmpty();
            return;
        }
        assertThat(first.getException()).as("the first trigger").isNull();
        assertThat(first.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);

        Exchange second = template.request(uri(triggerWhileRunning()), e -> {
            e.getMessage().setBody(Map.of("order", "A-1"));
            e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
        });

        assertThat(second.getException()).as("the repeated trigger").isNull();
        assertThat(runIdOf(second)).as("the first trigger's run").isEqualTo(runIdOf(first));
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED, Boolean.class)).isTrue();
        assertThat(simulator.runs(provider())).as("one run at the simulator").hasSize(1);
    }

    // ---- status

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = { "RUNNING", "SUCCEEDED", "FAILED" })
    void statusReadsTheUnifiedStatus(RunStatus expected) {
        if (expected == RunStatus.RUNNING) {
            simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        }
        if (expected == RunStatus.FAILED) {
            simulator.setOutcome(sample().workflowId(), RunState.FAILED);
        }
        Exchange started = trigger("");

        Exchange status = carryOn(started, "status");

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(expected);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo(providerStatuses().get(expected));
        assertThat(runIdOf(status)).isEqualTo(runIdOf(started));
        if (answersCarryRequestIds()) {
            assertThat(status.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).isNotBlank();
        }
        WorkflowRun run = status.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(expected);
        assertThat(run.workflowId()).isEqualTo(sample().workflowId());
    }

    @Test
    void statusOfARunTheProviderDoesNotKnowIsItsError() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, unknownRunId());
        });

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class,
                e -> assertProviderError(e, unknownRunError()));
    }

    // ---- cancel

    @Test
    void cancelStopsARunningRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger("");
        String runId = runIdOf(started);
        int sent = simulator.requests(provider()).size();

        Exchange cancelled = cancel(started);

        if (!cancels()) {
            assertThat(cancelled.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancel");
            assertThat(simulator.requests(provider())).as("nothing sent").hasSize(sent);
            return;
        }
        assertThat(cancelled.getException()).isNull();
        assertThat(runIdOf(cancelled)).isEqualTo(runId);
        assertThat(simulator.stateOf(provider(), runId)).isEqualTo(RunState.CANCELLED);
        Exchange after = carryOn(cancelled, "status");
        assertThat(after.getException()).isNull();
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS, RunStatus.class)).as("the run has ended")
                .matches(RunStatus::isTerminal);
    }

    // ---- wait for completion

    @Test
    void waitForCompletionEndsWhenTheRunEndsWithItsOutcome() throws Exception {
        // the run ends when the test moves the simulator's clock: no race with a loaded machine's timer
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ofSeconds(1), Duration.ofSeconds(1));

        CompletableFuture<Exchange> waiting = template.asyncSend(
                uri(triggerWhileRunning() + "&waitForCompletion=true&waitTimeout=60000" + FAST_POLL),
                e -> e.getMessage().setBody(Map.of("order", "A-1")));
        // started, and (where the wait polls) asked for its status once while it goes on
        int seen = waitsByPolling() ? 2 : 1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((simulator.runs(provider()).isEmpty() || calls().size() < seen) && System.nanoTime() < deadline) {
            // a short nap, not a spin: on a busy machine a spinning test thread starves the threads it waits for
            Thread.sleep(1);
        }
        assertThat(waiting).as("waiting while the run goes on").isNotDone();
        clock.set(clock.instant().plusSeconds(3));
        Exchange out = waiting.get(30, TimeUnit.SECONDS);

        assertThat(out.getException()).isNull();
        String runId = singleRun().runId();
        assertThat(runIdOf(out)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo(providerStatuses().get(RunStatus.SUCCEEDED));
        assertThat(out.getMessage().getBody(WorkflowRun.class).status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(calls()).as("the trigger, a status while it ran, then its end")
                .hasSizeGreaterThanOrEqualTo(waitsByPolling() ? 3 : 1)
                .allSatisfy(recorded -> assertThat(recorded.status()).isBetween(200, 299));
        assertThat(simulator.runs(provider())).as("started once").hasSize(1);
    }

    @Test
    void waitForCompletionFailsAFailedRunKeepingItsId() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(sample().workflowId(), RunState.FAILED);

        Exchange out = send(uri(triggerWhileRunning() + "&waitForCompletion=true" + FAST_POLL), null);

        String runId = singleRun().runId();
        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunFailedException.class, e -> {
            assertThat(e.getRun().runId()).isEqualTo(runId);
            assertThat(e.getRun().status()).isEqualTo(RunStatus.FAILED);
            assertThat(e.getRun().providerStatus()).isEqualTo(providerStatuses().get(RunStatus.FAILED));
            assertThat(e.getMessage()).contains(runId).contains("FAILED");
        });
        assertThat(runIdOf(out)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void failOnRunFailureFalseLeavesTheFailedRunOnTheMessage() {
        simulator.setOutcome(sample().workflowId(), RunState.FAILED);

        Exchange out = send(uri(triggerWhileRunning() + "&waitForCompletion=true&failOnRunFailure=false" + FAST_POLL), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(runIdOf(out)).isEqualTo(singleRun().runId());
        assertThat(out.getMessage().getBody(WorkflowRun.class).status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void waitTimeoutFailsWithTheRunIdAndLeavesTheRunGoing() {
        simulator.setOutcome(sample().workflowId(), RunState.RUNNING);

        Exchange out = send(uri(triggerWhileRunning() + "&waitForCompletion=true&waitTimeout=300" + FAST_POLL), null);

        String runId = singleRun().runId();
        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunTimeoutException.class, e -> {
            assertThat(e.getRunId()).isEqualTo(runId);
            assertThat(e.getLastSeen().status()).isEqualTo(RunStatus.RUNNING);
            assertThat(e.getLastSeen().providerStatus()).isEqualTo(providerStatuses().get(RunStatus.RUNNING));
            assertThat(e.getMessage()).contains(runId).contains("may still be running");
        });
        assertThat(runIdOf(out)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(simulator.stateOf(provider(), runId)).isEqualTo(RunState.RUNNING);
    }

    // ---- the provider's errors

    @Test
    void anUnknownKeyIsTheProvidersRefusalSentOnceStartingNothing() {
        WorkflowRunException e = credentialRefused(unknownKeySample().uri(simulator.baseUrl(provider())), Map.of("order", "A-1"));

        assertProviderError(e, unknownKeyError());
        assertThat(simulator.requests(provider())).as("not sent again").hasSize(1);
        assertThat(simulator.runs()).isEmpty();
    }

    // ---- bad input: named, and nothing sent

    @Test
    void eachRequiredOptionIsNamedWhenMissing() {
        for (String option : sample().options().keySet()) {
            String without = sample().without(option).uri(simulator.baseUrl(provider()));

            assertThatThrownBy(() -> context.getEndpoint(without)).as(option)
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .satisfies(e -> assertThat(fullText(e)).doesNotContain(secrets()))
                    .rootCause().hasMessageContaining("Option " + option + " is required");
        }
    }

    @Test
    void statusWithoutARunIdIsRefusedNamingTheHeaderAndSendsNothing() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status"));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(WorkflowRunConstants.RUN_ID);
        assertThat(calls()).isEmpty();
    }

    @Test
    void aRunIdHeaderThatIsNoIdIsRefusedNamingTheHeaderAndItsTypeAndSendsNothing() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, List.of(unknownRunId()));
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.RUN_ID).hasMessageContaining("List");
        assertThat(simulator.requests()).isEmpty();
    }

    // ---- secret hygiene (SecretGuard also fails any test that logs the simulator's secrets)

    @Test
    void theEndpointsTextHidesTheCredential() {
        // a signer's temporary credential comes with a session token, as secret as the key
        String token = "contract-session-token-4711";
        Endpoint endpoint = context.getEndpoint(uri(sample().signed() ? "&securityToken=RAW(" + token + ")" : ""));

        List<String> credentials = new ArrayList<>(sample().credentials().values());
        if (sample().signed()) {
            credentials.add(token);
        }
        for (String credential : credentials) {
            assertThat(endpoint.toString()).doesNotContain(credential);
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(credential);
            assertThat(((WorkflowRunEndpoint) endpoint).getConfiguration().toString()).doesNotContain(credential);
        }
    }

    @Test
    void aRefusedCredentialIsInNoMessageNorLog() {
        List<WorkflowRunException> refused = List.of(
                credentialRefused(unknownKeySample().uri(simulator.baseUrl(provider())), null),
                credentialRefused(tamperedSample().uri(simulator.baseUrl(provider())), null));

        for (WorkflowRunException e : refused) {
            assertThat(fullText(e)).doesNotContain(UNKNOWN_API_KEY).doesNotContain(tampered(WorkflowRunSimulator.SECRET_KEY))
                    .doesNotContain(tampered(WorkflowRunSimulator.API_KEY));
        }
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    @Test
    void runsLeaveNoCredentialOnTheMessageNorInTheLog() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger("");
        Exchange status = carryOn(started, "status");

        for (Exchange exchange : List.of(started, status)) {
            for (String credential : secrets()) {
                assertThat(String.valueOf(exchange.getMessage().getBody())).doesNotContain(credential);
                assertThat(exchange.getMessage().getHeaders().values()).allSatisfy(
                        header -> assertThat(String.valueOf(header)).doesNotContain(credential));
            }
        }
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    // ---- the credential, as the provider verifies it

    @Test
    void theSimulatorVerifiedTheCredentialOfEveryCall() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger("");
        assertThat(carryOn(started, "status").getException()).isNull();

        // the simulator answers only what its verifier accepted: a signature recomputed from the request as received,
        // or the bearer key it knows
        assertThat(calls()).hasSize(2);
        assertThat(simulator.requests(provider())).allSatisfy(recorded -> assertThat(recorded.status()).isBetween(200, 299));
    }

    @Test
    void aTamperedCredentialIsRefusedAndStartsNothing() {
        WorkflowRunException e = credentialRefused(tamperedSample().uri(simulator.baseUrl(provider())), Map.of("order", "A-1"));

        assertProviderError(e, wrongSecretError());
        assertThat(simulator.runs()).isEmpty();
    }

    // ----

    /** The sample with a key the simulator does not know (with a tampered secret where the provider signs). */
    private ProviderSample unknownKeySample() {
        return sample().signed() ? sample().withKey(UNKNOWN_ACCESS_KEY, tampered(WorkflowRunSimulator.SECRET_KEY))
                : sample().withKey(UNKNOWN_API_KEY, null);
    }

    /** The sample with its secret (or, for a bearer key, the key) changed in its last character. */
    private ProviderSample tamperedSample() {
        ProviderSample sample = sample();
        String key = sample.credentials().get(sample.keyOption());
        return sample.signed() ? sample.withKey(key, tampered(sample.credentials().get(sample.secretOption())))
                : sample.withKey(tampered(key), null);
    }

    private static String tampered(String credential) {
        char last = credential.charAt(credential.length() - 1);
        return credential.substring(0, credential.length() - 1) + (last == 'x' ? 'y' : 'x');
    }

    /** What must never leave the component: the secret, or the key where the key itself authenticates. */
    private String[] secrets() {
        ProviderSample sample = sample();
        return new String[] {sample.credentials().get(sample.signed() ? sample.secretOption() : sample.keyOption())};
    }

    /**
     * The provider's refusal of a credential: its answer to the call, or, for a client that gets access tokens, its
     * token endpoint's answer, with which the call failed unsent.
     */
    private WorkflowRunException credentialRefused(String uri, Object body) {
        Exchange out = send(uri, body);
        if (out.getException() instanceof WorkflowRunNotSentException notSent
            && notSent.getCause() instanceof WorkflowRunException refused) {
            assertThat(calls()).as("calls sent without a token").isEmpty();
            return refused;
        }
        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        return (WorkflowRunException) out.getException();
    }

    private SimulatedRun singleRun() {
        assertThat(simulator.runs(provider())).as("runs started").hasSize(1);
        return simulator.runs(provider()).get(0);
    }

    private void assertProviderError(WorkflowRunException e, ProviderError expected) {
        assertThat(e.getProvider()).isEqualTo(provider());
        if (answersCarryRequestIds()) {
            assertThat(e.getRequestId()).as("the provider's request ID").isNotBlank();
        }
        assertThat(e.getHttpStatus()).as("HTTP status").isEqualTo(expected.httpStatus());
        assertThat(e.getErrorCode()).as("the provider's error code").isEqualTo(expected.errorCode());
        assertThat(e.getErrorMessage()).as("the provider's error message").isNotBlank();
        assertThat(e.getMessage()).contains(provider()).contains(Integer.toString(expected.httpStatus()));
    }

    private static String fullText(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
