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
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

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

/**
 * One flow for every provider and operation: map the message, let the provider build and sign the request, hand it to
 * the {@link CallSender}, put the run it comes to on the message; with waitForCompletion, hand the started run (or the
 * trigger's event stream) to the {@link RunWaiter}.
 */
public class WorkflowRunProducer extends DefaultAsyncProducer {

    private final WorkflowRunConfiguration configuration;
    private final ProviderClient client;
    private final CallSender sender;
    private final RunOnMessage onMessage;
    private final RunWaiter waiter;
    private final ProviderStatistics statistics;
    private final ProducerHealth health;

    public WorkflowRunProducer(WorkflowRunEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.client = endpoint.getProviderClient();
        this.sender = new CallSender(endpoint);
        this.onMessage = new RunOnMessage(client);
        this.waiter = new RunWaiter(configuration, sender, onMessage, endpoint.getComponent());
        this.statistics = sender.statistics();
        this.health = new ProducerHealth(endpoint, sender);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the shared HTTP client (its pool and I/O threads) starts with the first producer, not on its first message
        getEndpoint().getComponent().transport();
        health.register();
    }

    @Override
    protected void doStop() throws Exception {
        health.unregister();
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
        CompletableFuture<Exception> token = sender.tokenFor(request);
        if (token.isDone() && token.join() == null) {
            return proceed(exchange, callback, request, true);
        }
        // the provider's access token is being fetched: the call is built once it is there
        token.thenAccept(failure -> {
            if (failure != null) {
                exchange.setException(failure);
                callback.done(false);
            } else {
                proceed(exchange, callback, request, false);
            }
        });
        return false;
    }

    /** Builds and sends the call; {@code sync}: whether this still runs in {@link #process}'s own call. */
    private boolean proceed(Exchange exchange, AsyncCallback callback, RunRequest request, boolean sync) {
        HttpCall call;
        try {
            call = client.call(request);
        } catch (Exception e) {
            // nothing was sent: the message fails whole and can be retried or dead-lettered as it is
            exchange.setException(e);
            callback.done(sync);
            return sync;
        }
        boolean waits = request.operation() == WorkflowRunOperation.trigger && configuration.isWaitForCompletion();
        if (waits && call.eventStream()) {
            // the stream is the wait's first part: the waiter reads it, bounds it, and polls where it ends early
            waiter.follow(exchange, callback, request, call);
            return false;
        }
        sender.send(request, call).outcome().thenAccept(outcome -> {
            if (outcome.failure() != null) {
                exchange.setException(outcome.failure());
                callback.done(false);
                return;
            }
            statistics.succeeded(request.operation(), outcome.run());
            if (waits) {
                waiter.waitFor(exchange, callback, request, outcome.run());
            } else {
                try {
                    onMessage.put(request, outcome.run(), exchange.getMessage());
                } catch (RuntimeException e) {
                    // a provider's headers hook failed on an I/O thread: the exchange still gets its answer
                    exchange.setException(e);
                }
                callback.done(false);
            }
        });
        return false;
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
        if (key != null && !client.takesIdempotencyKey()) {
            throw new IllegalArgumentException(source + " is set, but provider " + configuration.getProvider()
                                               + " has no idempotency key: a repeated trigger could start a second run, so "
                                               + "nothing was sent (see the provider's page for what it offers instead)");
        }
        return key;
    }
}
