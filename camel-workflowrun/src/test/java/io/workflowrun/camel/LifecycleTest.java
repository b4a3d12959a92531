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
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Status, cancel and wait-for-completion on the bearer-token providers, through routes, against stateful simulated runs. */
class LifecycleTest extends SimulatorTestSupport {

    static final String WORKFLOW = "5eb7cf5a86d9755df3a6c593";
    static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    private String uri(String provider, String more) {
        String base = provider.equals("dify")
                ? "workflowrun:dify:" + WORKFLOW + "?user=abc-123"
                : "workflowrun:interactly:" + WORKFLOW + "?teamId=team-1";
        return base + "&apiKey=" + WorkflowRunSimulator.API_KEY + "&baseUrl=" + simulator.baseUrl(provider) + more;
    }

    private Exchange call(String uri, String operation, Exchange started) {
        return template.request(uri, e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "dify", "interactly" })
    void statusFollowsTheRun(String provider) {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        simulator.setOutcome(WORKFLOW, RunState.SUCCEEDED);
        Exchange started = send(uri(provider, provider.equals("dify") ? "&responseMode=streaming" : ""), Map.of("a", 1));
        assertThat(started.getException()).isNull();

        Exchange status = call(uri(provider, ""), "status", started);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("running");
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.RUN_ID))
                .isEqualTo(started.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dify", "interactly" })
    void cancelStopsARunningRun(String provider) {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(provider, provider.equals("dify") ? "&responseMode=streaming" : ""), null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange cancelled = call(uri(provider, ""), "cancel", started);

        assertThat(cancelled.getException()).isNull();
        // Dify only acknowledges the stop request: the status shows what came of it
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS))
                .isEqualTo(provider.equals("dify") ? null : RunStatus.CANCELLED);
        assertThat(simulator.stateOf(provider, runId)).isEqualTo(RunState.CANCELLED);
        Exchange status = call(uri(provider, ""), "status", started);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.CANCELLED);
    }

    @ParameterizedTest
    @ValueSource(strings = { "dify&responseMode=streaming", "interactly" })
    void waitForCompletionEndsWithTheOutcome(String providerAndMode) {
        String provider = providerAndMode.split("&")[0];
        String mode = providerAndMode.substring(provider.length());
        simulator.setTimeline(Duration.ofMillis(30), Duration.ofMillis(80));

        Exchange out = send(uri(provider, mode + "&waitForCompletion=true" + FAST_POLL), Map.of("x", "y"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs(provider).get(0).runId());
        assertThat(out.getMessage().getBody(WorkflowRun.class).status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void interactlyWaitPollsUntilTheRunEnds() throws Exception {
        // the run ends when the test moves the simulator's clock, after a poll saw it running: no race with the timer
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ofSeconds(1), Duration.ofSeconds(1));

        CompletableFuture<Exchange> pending = template.asyncSend(uri("interactly", "&waitForCompletion=true" + FAST_POLL),
                e -> e.getMessage().setBody(null));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (statusPolls() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pending).as("waiting while the run goes on").isNotDone();
        clock.set(clock.instant().plusSeconds(3));
        Exchange out = pending.get(30, TimeUnit.SECONDS);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(statusPolls()).as("status polls").isGreaterThanOrEqualTo(2);
    }

    private long statusPolls() {
        return simulator.requests("interactly").stream().filter(r -> r.request().method().equals("GET")).count();
    }


    @ParameterizedTest
    @ValueSource(strings = { "dify&responseMode=streaming", "dify", "interactly" })
    void waitForCompletionFailsAFailedRunKeepingItsId(String providerAndMode) {
        String provider = providerAndMode.split("&")[0];
        String mode = providerAndMode.substring(provider.length());
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send(uri(provider, mode + "&waitForCompletion=true" + FAST_POLL), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunFailedException.class);
        WorkflowRunFailedException e = (WorkflowRunFailedException) out.getException();
        assertThat(e.getRun().status()).isEqualTo(RunStatus.FAILED);
        assertThat(e.getMessage()).contains(e.getRun().runId()).contains("FAILED");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs(provider).get(0).runId());
    }

    @Test
    void failOnRunFailureFalseLeavesTheFailedRunOnTheMessage() {
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send(uri("interactly", "&waitForCompletion=true&failOnRunFailure=false" + FAST_POLL), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(out.getMessage().getBody(WorkflowRun.class).error()).isEqualTo("execution_error");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dify&responseMode=streaming", "interactly" })
    void waitTimeoutFailsWithTheRunId(String providerAndMode) {
        String provider = providerAndMode.split("&")[0];
        String mode = providerAndMode.substring(provider.length());
        simulator.setOutcome(WORKFLOW, RunState.RUNNING);

        Exchange out = send(uri(provider, mode + "&waitForCompletion=true&waitTimeout=200" + FAST_POLL), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunTimeoutException.class);
        WorkflowRunTimeoutException e = (WorkflowRunTimeoutException) out.getException();
        String runId = simulator.runs(provider).get(0).runId();
        assertThat(e.getRunId()).isEqualTo(runId);
        assertThat(e.getMessage()).contains(runId).contains("may still be running");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
    }

    @Test
    void statusOfAnUnknownRunIsAProviderError() {
        Exchange out = template.request(uri("dify", ""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "00000000-0000-0000-0000-000000000000");
        });

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(((WorkflowRunException) out.getException()).getHttpStatus()).isEqualTo(404);
    }

    @Test
    void statusWithoutARunIdFailsNamingTheHeader() {
        Exchange out = template.request(uri("interactly", ""), e -> e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status"));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(WorkflowRunConstants.RUN_ID);
        assertThat(simulator.requests()).isEmpty();
    }
}
