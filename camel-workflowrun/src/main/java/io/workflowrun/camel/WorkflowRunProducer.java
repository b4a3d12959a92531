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

import io.workflowrun.camel.journal.Claim;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.signing.Digests;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.statistics.ProviderStatistics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow for every provider and operation: map the message, let the provider build and sign the request, hand it to
 * the {@link CallSender}, put the run it comes to on the message; with waitForCompletion, hand the started run (or the
 * trigger's event stream) to the {@link RunWaiter}.
 */
public class WorkflowRunProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunProducer.class);

    private final WorkflowRunConfiguration configuration;
    private final ProviderClient client;
    private final CallSender sender;
    private final RunOnMessage onMessage;
    private final RunWaiter waiter;
    private final ProviderStatistics statistics;
    private final ProducerHealth health;
    /** The run journal, or null where the component has none. */
    private final JournalSession journal;
    /** The endpoint's durable waits, or null without outcomeUri. */
    private final DurableWaits durableWaits;
    private final String endpointKey;

    public WorkflowRunProducer(WorkflowRunEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.client = endpoint.getProviderClient();
        this.sender = new CallSender(endpoint);
        this.onMessage = new RunOnMessage(client);
        this.waiter = new RunWaiter(configuration, sender, onMessage, endpoint.getComponent());
        this.statistics = sender.statistics();
        this.health = new ProducerHealth(endpoint, sender);
        this.journal = endpoint.getComponent().journalSession();
        // the same on every instance with this route: the URI and credential, hashed, since either may hold a secret
        this.endpointKey = Digests.sha256Hex(endpoint.getAccount() + '\u0000' + endpoint.getEndpointUri());
        this.durableWaits = configuration.getOutcomeUri() == null || configuration.getOutcomeUri().isBlank() || journal == null
                ? null : new DurableWaits(endpoint, waiter, journal, endpointKey);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.getOutcomeUri() != null && !configuration.getOutcomeUri().isBlank()) {
            if (journal == null) {
                throw new IllegalArgumentException("Option outcomeUri needs the component's runJournal option: without a journal no "
                                                   + "other instance could follow the wait, and the outcome would have nowhere to go");
            }
            if (!configuration.isWaitForCompletion()) {
                throw new IllegalArgumentException("Option outcomeUri is set, but waitForCompletion is false: set waitForCompletion=true "
                                                   + "for the outcome of each run to be sent to outcomeUri");
            }
            durableWaits.start();
        }
        // the shared HTTP client (its pool and I/O threads) starts with the first producer, not on its first message
        getEndpoint().getComponent().transport();
        health.register();
    }

    @Override
    protected void doStop() throws Exception {
        health.unregister();
        if (durableWaits != null) {
            durableWaits.stop();
        }
        super.doStop();
    }

    @Override
    public WorkflowRunEndpoint getEndpoint() {
        return (WorkflowRunEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback answer) {
        RunRequest request;
        try {
            request = toRunRequest(exchange);
        } catch (Exception e) {
            // nothing was sent: the message fails whole and can be retried or dead-lettered as it is
            exchange.setException(e);
            counted(exchange, answer, configuration.getOperation()).done(true);
            return true;
        }
        AsyncCallback callback = counted(exchange, answer, request.operation());
        if (journal != null && request.operation() == WorkflowRunOperation.trigger && request.idempotencyKey() != null) {
            claim(exchange, callback, request, new JournaledTrigger(journal, JournaledTrigger.keyOf(configuration.getProvider(),
                    getEndpoint().getAccount(), request.workflowId(), request.idempotencyKey(), endpointKey)), System.nanoTime());
            return false;
        }
        return send(exchange, callback, request, null, true);
    }

    /**
     * Sends the request once the provider's access token is there.
     *
     * @param journaled the trigger's place in the run journal, or null
     * @param sync      whether this still runs in {@link #process}'s own call
     */
    private boolean send(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled, boolean sync) {
        CompletableFuture<Exception> token = sender.tokenFor(request);
        if (token.isDone() && token.join() == null) {
            return proceed(exchange, callback, request, journaled, sync);
        }
        // the provider's access token is being fetched: the call is built once it is there
        token.thenAccept(failure -> {
            if (failure != null) {
                fail(exchange, callback, journaled, failure);
            } else {
                proceed(exchange, callback, request, journaled, false);
            }
        });
        return false;
    }

    /** Asks the run journal about the trigger's key: send it, give its run back, or wait for the instance sending it. */
    private void claim(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled, long firstNanos) {
        journaled.claim().whenComplete((claim, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                exchange.setException(CallFailures.notSent(configuration.getProvider(), request,
                        "the run journal (option runJournal) could not record the idempotency key: " + cause.getMessage(),
                        cause instanceof Exception e ? e : null));
                callback.done(false);
                return;
            }
            switch (claim.kind()) {
                case CLAIMED -> send(exchange, callback, request, journaled, false);
                case STARTED -> alreadyStarted(exchange, callback, request, claim);
                case IN_DOUBT -> reconcile(exchange, callback, request, journaled, claim);
                case BUSY -> awaitOther(exchange, callback, request, journaled, claim, firstNanos);
            }
        });
    }

    /** The key has a run: it is the answer, and nothing is sent. */
    private void alreadyStarted(Exchange exchange, AsyncCallback callback, RunRequest request, Claim claim) {
        WorkflowRun run = new WorkflowRun(configuration.getProvider(), request.workflowId(), claim.runId(), null, null, null, null,
                null, null).asAlreadyStarted();
        statistics.succeeded(WorkflowRunOperation.trigger, run);
        Message message = exchange.getMessage();
        if (durableWaits == null && configuration.isWaitForCompletion()) {
            message.getHeaders().putAll(claim.runHeaders());
            waiter.waitFor(exchange, callback, request, run);
            return;
        }
        // with outcomeUri the run's wait is in the journal already: its outcome goes there, once
        onMessage.put(request, run, message);
        message.getHeaders().putAll(claim.runHeaders());
        callback.done(false);
    }

    /**
     * The key's trigger was sent without an answer being recorded. A provider with its own idempotency key is asked
     * again with it (answering with the first run, or starting the only one); any other may have a run nobody knows.
     */
    private void reconcile(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled, Claim claim) {
        if (client.takesIdempotencyKey()) {
            send(exchange, callback, request, journaled, false);
            return;
        }
        Exception maybe = new WorkflowRunMaybeStartedException(configuration.getProvider(), request.workflowId(), claim.sentAt(), 0,
                null, "no answer was recorded for it (its instance stopped, or the answer never came), and provider "
                      + configuration.getProvider() + " has no idempotency key to ask again with. The run journal holds idempotency key '"
                      + RequestValues.printable(request.idempotencyKey()) + "' in doubt: once you know whether a run started, delete "
                      + "its row to let a retry send it",
                null);
        journaled.stillInDoubt().thenRun(() -> {
            exchange.setException(maybe);
            callback.done(false);
        });
    }

    /** Fails the exchange, once the journal knows what became of the trigger where it has one. */
    private static void fail(Exchange exchange, AsyncCallback callback, JournaledTrigger journaled, Exception failure) {
        if (journaled == null) {
            exchange.setException(failure);
            callback.done(false);
            return;
        }
        journaled.notStarted(failure).thenRun(() -> {
            exchange.setException(failure);
            callback.done(false);
        });
    }

    /** Another instance holds the key's claim: asked again when it should have ended, within twice journalLease. */
    private void awaitOther(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled, Claim claim,
            long firstNanos) {
        long lease = journal.leaseMillis();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstNanos);
        if (waited >= 2 * lease) {
            exchange.setException(CallFailures.notSent(configuration.getProvider(), request, "idempotency key '"
                    + RequestValues.printable(request.idempotencyKey()) + "' is being sent by instance " + claim.owner() + " since "
                    + claim.sentAt() + "; this message can be retried once that instance is done or its claim (journalLease) ended",
                    null));
            callback.done(false);
            return;
        }
        long until = claim.leaseUntil() == null ? lease : Duration.between(Instant.now(), claim.leaseUntil()).toMillis();
        long delay = Math.min(Math.max(until + 10, 50), lease);
        try {
            getEndpoint().getComponent().schedule(() -> claim(exchange, callback, request, journaled, firstNanos), delay, () -> {
                exchange.setException(CallFailures.notSent(configuration.getProvider(), request, "the component is stopping", null));
                callback.done(false);
            });
        } catch (RejectedExecutionException e) {
            exchange.setException(CallFailures.notSent(configuration.getProvider(), request, "the component is stopping", e));
            callback.done(false);
        }
    }

    /** Builds and sends the call; {@code sync}: whether this still runs in {@link #process}'s own call. */
    private boolean proceed(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled, boolean sync) {
        HttpCall call;
        try {
            call = client.call(request);
            if (call.eventStream() && journaled != null && durableWaits != null) {
                throw new IllegalArgumentException("Option outcomeUri does not take a trigger answered by an event stream, as this "
                                                   + "endpoint's options make " + configuration.getProvider() + "'s: choose its "
                                                   + "blocking answer (see the provider's page)");
            }
        } catch (Exception e) {
            // nothing was sent: the message fails whole and can be retried or dead-lettered as it is
            if (journaled != null) {
                fail(exchange, callback, journaled, e);
                return false;
            }
            exchange.setException(e);
            callback.done(sync);
            return sync;
        }
        boolean waits = request.operation() == WorkflowRunOperation.trigger && configuration.isWaitForCompletion();
        if (waits && call.eventStream()) {
            // the stream is the wait's first part: the waiter reads it, bounds it, and polls where it ends early
            waiter.follow(exchange, journaled == null ? callback : recordedAtEnd(exchange, callback, request, journaled), request, call);
            return false;
        }
        sender.send(request, call).outcome().thenAccept(outcome -> {
            if (outcome.failure() != null) {
                fail(exchange, callback, journaled, outcome.failure());
                return;
            }
            statistics.succeeded(request.operation(), outcome.run());
            if (journaled == null) {
                started(exchange, callback, request, outcome.run(), null);
                return;
            }
            WorkflowRun run = outcome.run();
            Instant deadline = durableWaits == null ? null : Instant.now().plusMillis(configuration.getWaitTimeout());
            journaled.started(run, client.headersFor(request, run), deadline).whenComplete((done, failure) -> {
                if (failure == null) {
                    started(exchange, callback, request, run, deadline == null ? null : journaled);
                    return;
                }
                // the run started but is not recorded: failed, so that the message is redelivered, and reconciled then
                journaled.letGo();
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                onMessage.put(request, run, exchange.getMessage());
                exchange.setException(new WorkflowRunMaybeStartedException(configuration.getProvider(), request.workflowId(), request.now(),
                        0, run.requestId(), "the run journal (option runJournal) could not record its run " + run.runId() + " ("
                                            + cause.getMessage() + "); a redelivery of this message is reconciled with the journal",
                        cause));
                callback.done(false);
            });
        });
        return false;
    }

    /**
     * A run started: it goes on the message, and the wait begins where the endpoint waits.
     *
     * @param durable the trigger whose wait the journal holds (outcomeUri), or null
     */
    private void started(Exchange exchange, AsyncCallback callback, RunRequest request, WorkflowRun run, JournaledTrigger durable) {
        boolean waits = request.operation() == WorkflowRunOperation.trigger && configuration.isWaitForCompletion();
        if (waits && durable == null) {
            waiter.waitFor(exchange, callback, request, run);
            return;
        }
        if (durable != null) {
            // followed before the exchange is answered: whoever looks then finds the wait under way
            durableWaits.follow(durable.key(), request, run);
        }
        try {
            onMessage.put(request, run, exchange.getMessage());
        } catch (RuntimeException e) {
            // a provider's headers hook failed on an I/O thread: the exchange still gets its answer
            exchange.setException(e);
        }
        callback.done(false);
    }

    /** A streamed wait's trigger, recorded in the journal once the wait ends (the stream says the run's ID on the way). */
    private AsyncCallback recordedAtEnd(Exchange exchange, AsyncCallback callback, RunRequest request, JournaledTrigger journaled) {
        return doneSync -> {
            Object runId = exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID);
            if (runId == null) {
                journaled.notStarted(exchange.getException()).thenRun(() -> callback.done(false));
                return;
            }
            WorkflowRun run = new WorkflowRun(configuration.getProvider(), request.workflowId(), runId.toString(), null, null, null, null,
                    null, null);
            journaled.started(run, client.headersFor(request, run), null).whenComplete((done, failure) -> {
                if (failure != null) {
                    LOG.warn("The run journal could not record run {} of {} ({})", runId, journaled.key(), failure.getMessage());
                }
                callback.done(false);
            });
        };
    }

    /** The callback that counts how the exchange ended before answering it. */
    private AsyncCallback counted(Exchange exchange, AsyncCallback callback, WorkflowRunOperation operation) {
        return doneSync -> {
            Exception failure = exchange.getException();
            if (failure != null) {
                boolean throttling = failure instanceof WorkflowRunException answer && RetryPolicy.refusedUnprocessed(client, answer);
                statistics.failed(operation, failure, throttling,
                        !throttling && failure instanceof WorkflowRunException answer && RetryPolicy.authenticationRefused(client, answer));
            }
            callback.done(doneSync);
        };
    }

    private RunRequest toRunRequest(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRunOperation operation = configuration.getOperation();
        Object operationHeader = message.getHeader(WorkflowRunConstants.OPERATION);
        if (operationHeader != null) {
            try {
                operation = exchange.getContext().getTypeConverter().mandatoryConvertTo(WorkflowRunOperation.class,
                        operationHeader);
            } catch (NoTypeConversionAvailableException | RuntimeException e) {
                throw new IllegalArgumentException("Header " + WorkflowRunConstants.OPERATION + " has the value '"
                                                   + RequestValues.printable(operationHeader.toString())
                                                   + "'; expected one of trigger, status, cancel");
            }
        }
        // an ID header of the wrong shape, with a control character, or a dot segment fails here, naming the header
        String workflowId = RequestValues.idHeader(message.getHeader(WorkflowRunConstants.WORKFLOW_ID), WorkflowRunConstants.WORKFLOW_ID,
                client.numericIds());
        if (workflowId == null) {
            workflowId = configuration.getWorkflowId();
        }
        String runId = RequestValues.idHeader(message.getHeader(WorkflowRunConstants.RUN_ID), WorkflowRunConstants.RUN_ID,
                client.numericIds());
        boolean trigger = operation == WorkflowRunOperation.trigger;
        String text = trigger && client.takesText() ? MessageParameters.freeText(message) : null;
        return new RunRequest(operation, workflowId, runId, trigger && text == null ? MessageParameters.from(message) : null,
                message.getHeaders(), Instant.now(), text, trigger ? idempotencyKey(message) : null);
    }

    /** The trigger's key, from its header or else the option; refused where the provider has no key to put it in. */
    private String idempotencyKey(Message message) {
        String key = RequestValues.textHeader(message.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY), WorkflowRunConstants.IDEMPOTENCY_KEY);
        String source = "Header " + WorkflowRunConstants.IDEMPOTENCY_KEY;
        if (key == null && configuration.getIdempotencyKey() != null && !configuration.getIdempotencyKey().isBlank()) {
            key = configuration.getIdempotencyKey();
            source = "Option idempotencyKey";
        }
        if (key != null && !client.takesIdempotencyKey() && journal == null) {
            throw new IllegalArgumentException(source + " is set, but provider " + configuration.getProvider()
                                               + " has no idempotency key: a repeated trigger could start a second run, so "
                                               + "nothing was sent (see the provider's page for what it offers instead)");
        }
        return key;
    }
}
