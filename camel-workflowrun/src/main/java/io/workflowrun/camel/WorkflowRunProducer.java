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

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.spi.RunRequest;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.support.DefaultAsyncProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow for every provider and operation: map the message, let the provider build and sign the request, send it
 * without blocking, let the provider read the answer, put the run on the message; with waitForCompletion, hand the
 * started run to a {@link RunWaiter}.
 */
public class WorkflowRunProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunProducer.class);

    private final WorkflowRunConfiguration configuration;
    private final ProviderClient client;
    private final HttpTransport.Limits limits;
    private final RetryPolicy retryPolicy;
    private final RateLimiter rateLimiter;

    public WorkflowRunProducer(WorkflowRunEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.client = endpoint.getProviderClient();
        this.limits = endpoint.limits();
        this.retryPolicy = RetryPolicy.of(configuration);
        this.rateLimiter = endpoint.getRateLimiter();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the shared HTTP client (its pool and I/O threads) starts with the first producer, not on its first message
        getEndpoint().getComponent().transport();
    }

    @Override
    public WorkflowRunEndpoint getEndpoint() {
        return (WorkflowRunEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        RunRequest request;
        HttpCall call;
        try {
            request = toRunRequest(exchange);
            call = client.call(request);
        } catch (Exception e) {
            // nothing was sent: the message fails whole and can be retried or dead-lettered as it is
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        boolean waits = request.operation() == WorkflowRunOperation.trigger && configuration.isWaitForCompletion();
        if (waits && call.eventStream()) {
            // the stream is the wait's first part: the waiter reads it, bounds it, and polls where it ends early
            new RunWaiter(this, exchange, callback, request).follow(call);
            return false;
        }
        send(request, call, 1, System.nanoTime(), (run, failure) -> {
            if (failure != null) {
                exchange.setException(failure);
                callback.done(false);
            } else if (waits) {
                new RunWaiter(this, exchange, callback, request).waitFor(run);
            } else {
                apply(request, run, exchange.getMessage());
                callback.done(false);
            }
        });
        return false;
    }

    /**
     * Sends a call, and sends it again (signed anew) while the failure is safe to resend and the retry policy allows.
     * Waits between attempts are timer tasks: no thread is held.
     */
    void send(RunRequest request, HttpCall call, int attempt, long firstNanos, ProviderCall.Result result) {
        long waitNanos = rateLimiter == null ? 0 : rateLimiter.reserve();
        if (waitNanos > 0) {
            // the call goes out at its slot, signed then: a signature's timestamp must not age in the queue
            schedule(() -> resend(request, attempt, firstNanos, result, false), TimeUnit.NANOSECONDS.toMillis(waitNanos), request, result,
                    null);
            return;
        }
        sendNow(request, call, attempt, firstNanos, result);
    }

    private void sendNow(RunRequest request, HttpCall call, int attempt, long firstNanos, ProviderCall.Result result) {
        if (result.abandoned()) {
            result.done(null, ProviderCall.notSent(configuration.getProvider(), request,
                    "its answer was no longer wanted (the wait it was for had ended)", null));
            return;
        }
        LOG.debug("{} {} attempt {}: {} {}", configuration.getProvider(), request.operation(), attempt, call.method(), call.uri());
        WorkflowRunComponent component = getEndpoint().getComponent();
        ProviderCall.Result retrying = result.answeredBy((run, failure) -> {
            // a failure that comes with a run (a stream that reported it, then broke) is never resent: the run exists
            if (failure == null || run != null || !RetryPolicy.isSafeToResend(failure, request.operation(), client)) {
                result.done(run, failure);
                return;
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstNanos);
            Duration asked = failure instanceof WorkflowRunException answer ? answer.getRetryAfter() : null;
            long askedMillis = asked == null ? 0 : asked.toMillis();
            String overrun = asked == null || !retryPolicy.allowsAttempt(attempt + 1) ? null : retryPolicy.overrun(askedMillis, elapsed);
            if (overrun != null) {
                // waiting less than asked would be refused again, waiting as long breaks the budget: fail now, saying so
                result.done(null, new WorkflowRunThrottledException((WorkflowRunException) failure, overrun));
                return;
            }
            long delay = retryPolicy.delayBefore(attempt + 1, elapsed, askedMillis);
            if (delay < 0) {
                result.done(run, failure);
                return;
            }
            LOG.debug("{} {} attempt {} failed ({}); sending again in {} ms", configuration.getProvider(), request.operation(),
                    attempt, failure.getMessage(), delay);
            schedule(() -> resend(request, attempt + 1, firstNanos, result, true), delay, request, result, failure);
        });
        ProviderCall.send(component, limits, configuration.getProvider(), client, request, call, retrying);
    }

    /** Signs the request anew and sends it; {@code needsSlot}: whether it must still wait for a rate-limit slot. */
    private void resend(RunRequest request, int attempt, long firstNanos, ProviderCall.Result result, boolean needsSlot) {
        RunRequest again = request.at(Instant.now());
        HttpCall call;
        try {
            call = client.call(again);
        } catch (RuntimeException e) {
            result.done(null, e);
            return;
        }
        if (needsSlot) {
            send(again, call, attempt, firstNanos, result);
        } else {
            sendNow(again, call, attempt, firstNanos, result);
        }
    }

    /** {@code failure}: the last attempt's, told instead when the task cannot be scheduled; null before the first. */
    private void schedule(Runnable task, long delayMillis, RunRequest request, ProviderCall.Result result, Exception failure) {
        try {
            getEndpoint().getComponent().schedule(task, delayMillis, () -> result.done(null, failure != null
                    ? failure : ProviderCall.notSent(configuration.getProvider(), request, "the component is stopping", null)));
        } catch (RejectedExecutionException e) {
            result.done(null, failure != null
                    ? failure : ProviderCall.notSent(configuration.getProvider(), request, "the component is stopping", e));
        }
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
        String text = operation == WorkflowRunOperation.trigger && client.takesText() ? MessageParameters.freeText(message) : null;
        return new RunRequest(operation, workflowId, runId,
                operation == WorkflowRunOperation.trigger && text == null ? MessageParameters.from(message) : null,
                message.getHeaders(), Instant.now(), text);
    }

    WorkflowRunConfiguration configuration() {
        return configuration;
    }

    ProviderClient client() {
        return client;
    }

    /** Puts the run on the message: headers and body; {@code request}: the call that reported it. */
    void apply(RunRequest request, WorkflowRun run, Message message) {
        setOrRemove(message, WorkflowRunConstants.RUN_ID, run.runId());
        setOrRemove(message, WorkflowRunConstants.STATUS, run.status());
        setOrRemove(message, WorkflowRunConstants.PROVIDER_STATUS, run.providerStatus());
        setOrRemove(message, WorkflowRunConstants.REQUEST_ID, run.requestId());
        client.headersFor(request, run).forEach(message::setHeader);
        message.setBody(run);
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
