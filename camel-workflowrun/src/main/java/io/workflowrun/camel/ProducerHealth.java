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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import io.workflowrun.camel.health.ProbeAnswer;
import io.workflowrun.camel.health.ProbeAnswer.Verdict;
import io.workflowrun.camel.health.ProducerHealthTarget;
import io.workflowrun.camel.health.WorkflowRunProducerHealthCheck;
import io.workflowrun.camel.model.WorkflowRunComponentException;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * A producer's health check in Camel's {@code producers} repository, registered while the producer runs (as Camel's own
 * producers do), and the probe it sends where healthCheckProbe is on: a status call, through the producer's own
 * {@link CallSender} (rate limit, signing, access token, statistics), for a run that does not exist.
 */
final class ProducerHealth {

    /**
     * The runs the probe may ask for, one no provider has, in the first shape the provider's client takes: text, or a
     * number where its run IDs are numbers, else a 24-digit hexadecimal ID (a MongoDB ObjectId).
     */
    static final List<String> PROBE_RUN_IDS = List.of("workflowrun-health-probe", "000000000000000000000000");
    static final String PROBE_NUMERIC_RUN_ID = "9007199254740993";

    private final WorkflowRunEndpoint endpoint;
    private final CallSender sender;
    private final ProviderClient client;
    private WritableHealthCheckRepository repository;
    private HealthCheck check;

    ProducerHealth(WorkflowRunEndpoint endpoint, CallSender sender) {
        this.endpoint = endpoint;
        this.sender = sender;
        this.client = endpoint.getProviderClient();
    }

    /** Adds the check to the producers' repository, where camel-health provides one. */
    void register() {
        repository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "producers",
                WritableHealthCheckRepository.class);
        if (repository != null) {
            check = new WorkflowRunProducerHealthCheck(endpoint.getId(), target());
            check.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            repository.addHealthCheck(check);
        }
    }

    void unregister() {
        if (repository != null && check != null) {
            repository.removeHealthCheck(check);
            check = null;
        }
    }

    private ProducerHealthTarget target() {
        WorkflowRunConfiguration configuration = endpoint.getConfiguration();
        String provider = configuration.getProvider();
        String workflowId = configuration.getWorkflowId();
        ProducerHealthTarget.Probing probing = endpoint.getHealthProbe() == null ? null
                : new ProducerHealthTarget.Probing(endpoint.getHealthProbe(), configuration.getHealthCheckProbeInterval(),
                        configuration.getRequestTimeout(), this::probe);
        return new ProducerHealthTarget(provider, "workflowrun:" + provider + (workflowId == null ? "" : ":" + workflowId),
                sender.statistics(), endpoint.getComponent()::transportState, configuration.maxRateLimitWaitMillis(), probing);
    }

    /** Sends one probe; never blocks (a token fetch and the call go on in the background). */
    CompletableFuture<ProbeAnswer> probe() {
        RunRequest request = request(client.numericIds() ? PROBE_NUMERIC_RUN_ID : PROBE_RUN_IDS.get(0));
        return sender.tokenFor(request).thenCompose(tokenFailure -> tokenFailure != null
                ? CompletableFuture.completedFuture(answerTo(tokenFailure)) : send(request));
    }

    private RunRequest request(String runId) {
        return new RunRequest(WorkflowRunOperation.status, endpoint.getConfiguration().getWorkflowId(), runId, null, Map.of(),
                Instant.now(), null, null);
    }

    private CompletableFuture<ProbeAnswer> send(RunRequest first) {
        RunRequest request = first.at(Instant.now());
        HttpCall call;
        try {
            call = client.call(request);
        } catch (RuntimeException refused) {
            // the client takes no run ID of that shape: the next shape, or no probe
            request = request(PROBE_RUN_IDS.get(1));
            try {
                call = client.call(request);
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(ProbeAnswer.now(Verdict.NOT_SENT,
                        "no status call can be made from this endpoint's options: " + refused.getMessage()));
            }
        }
        Sending sending = new Sending();
        try {
            // the probe is bounded by requestTimeout: a resend due later is not sent
            endpoint.getComponent().schedule(sending::abandon, endpoint.getConfiguration().getRequestTimeout(), () -> {
            });
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(ProbeAnswer.now(Verdict.NOT_SENT, "the component is stopping"));
        }
        return sender.send(request, call, sending).outcome().thenApply(outcome -> answerTo(outcome.failure()));
    }

    private ProbeAnswer answerTo(Exception failure) {
        if (failure == null) {
            return ProbeAnswer.now(Verdict.ACCEPTED, "the provider answered with a run");
        }
        if (failure instanceof WorkflowRunNotSentException notSent && notSent.getCause() instanceof WorkflowRunException refused
            && RetryPolicy.authenticationRefused(client, refused)) {
            // the token endpoint refused the credentials
            return ProbeAnswer.now(Verdict.REFUSED, failure.getMessage());
        }
        if (failure instanceof WorkflowRunException answer) {
            if (RetryPolicy.refusedUnprocessed(client, answer)) {
                return ProbeAnswer.now(Verdict.THROTTLED, answer.getMessage());
            }
            return ProbeAnswer.now(RetryPolicy.authenticationRefused(client, answer) ? Verdict.REFUSED : Verdict.ACCEPTED,
                    answer.getMessage());
        }
        if (failure instanceof WorkflowRunNotSentException || !(failure instanceof WorkflowRunComponentException)) {
            return ProbeAnswer.now(Verdict.NOT_SENT, failure.getMessage());
        }
        return ProbeAnswer.now(Verdict.UNREACHABLE, failure.getMessage());
    }
}
