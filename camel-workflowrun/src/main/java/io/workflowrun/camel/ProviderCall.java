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

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.http.CallProgress;
import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.http.ResponseDeadlineException;
import io.workflowrun.camel.http.ResponseTooLargeException;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.ServerSentEvent;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One HTTP call to a provider, read into a run: exactly one answer to the caller, whichever of reply, event, failure,
 * cancellation or deadline comes first. What an answer or a failure means for a trigger is decided here, once for all
 * providers: whether the run may exist although no run came back. An event stream may report the run more than once
 * (started, paused, finished): the caller says whether to read on; when the stream then fails, ends early or is cut
 * by the deadline, the answer carries the run last reported with the failure, since the run exists whatever became of
 * the stream.
 */
final class ProviderCall implements FutureCallback<HttpReply> {

    /** Told the run, or why there is none. Called once, on an I/O thread (or the timer's, for the deadline). */
    @FunctionalInterface
    interface Result {

        /**
         * The answer: a run, or a failure; or both when an event stream had reported the run before it failed or ended
         * early (the run then exists: it must not be started again).
         */
        void done(WorkflowRun run, Exception failure);

        /** For an event stream: told each run it reports; true to read on. By default the first run reported is the answer. */
        default boolean readOn(WorkflowRun reported) {
            return false;
        }

        /** For an event stream: told, once the request is on its way, how to close the stream early. */
        default void opened(Runnable close) {
        }

        /** Asked just before each attempt goes out: true when the answer is no longer wanted, and then nothing is sent. */
        default boolean abandoned() {
            return false;
        }

        /** This result's stream hooks, with another way to take the answer (for a caller that handles it first). */
        default Result answeredBy(Result answer) {
            Result hooks = this;
            return new Result() {
                @Override
                public void done(WorkflowRun run, Exception failure) {
                    answer.done(run, failure);
                }

                @Override
                public boolean readOn(WorkflowRun reported) {
                    return hooks.readOn(reported);
                }

                @Override
                public void opened(Runnable close) {
                    hooks.opened(close);
                }

                @Override
                public boolean abandoned() {
                    return hooks.abandoned();
                }
            };
        }
    }

    /**
     * Statuses by which a gateway in front of the service says that it forwarded the request and then lost the answer,
     * so the service may have acted on it: 502 (RFC 9110: an invalid answer from the server behind), 504 (RFC 9110: no
     * timely answer from it; a hosted service's gateway after about 100 s of a long synchronous run), Cloudflare's 520 (the origin's
     * answer was empty or unexpected) and 524 (connected to the origin, which did not answer within 100 s). A gateway
     * that could not reach the service says so otherwise (Cloudflare 521 to 523, 525, 526); those, 503 and the other 5xx
     * stay provider errors, which a trigger is not resent after either (RFC 9110 does not make a 503 mean unprocessed).
     */
    private static final Set<Integer> FORWARDED_ANSWER_LOST = Set.of(502, 504, 520, 524);

    /** The de facto header in which gateways and services name a request, for answers a provider client never read. */
    private static final String REQUEST_ID_HEADER = "x-request-id";

    private final String provider;
    private final ProviderClient client;
    private final RunRequest request;
    private final HttpCall call;
    private final HttpTransport.Limits limits;
    private final Result result;
    private final CallProgress progress = new CallProgress();
    private final AtomicBoolean done = new AtomicBoolean();
    private final Pending pending;
    private volatile Runnable owed;
    private volatile ScheduledFuture<?> deadline;
    private volatile WorkflowRun reported;

    private ProviderCall(
            String provider, ProviderClient client, RunRequest request, HttpCall call, HttpTransport.Limits limits, Result result,
            Pending pending) {
        this.provider = provider;
        this.client = client;
        this.request = request;
        this.call = call;
        this.limits = limits;
        this.result = result;
        this.pending = pending;
    }

    /**
     * Sends the call on the component's client, and cuts it off at {@code requestTimeout} if its whole answer has not
     * come by then: a timer task, no thread waits for it. Should the component stop first, the call is answered as
     * cancelled.
     */
    static void send(
            WorkflowRunComponent component, HttpTransport.Limits limits, String provider, ProviderClient client, RunRequest request,
            HttpCall call, Result result) {
        ProviderCall providerCall = new ProviderCall(provider, client, request, call, limits, result, component.pending());
        HttpTransport transport;
        try {
            transport = component.transport();
            providerCall.deadline = component.scheduler().schedule(providerCall::deadlinePassed, limits.requestMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            result.done(null, notSent(provider, request, "the component is stopping", e));
            return;
        }
        providerCall.owed = providerCall.pending.owe(providerCall::cancelled);
        try {
            if (call.eventStream()) {
                transport.stream(call, limits, providerCall::onEvent, providerCall.progress, providerCall);
                result.opened(providerCall.progress::drop);
            } else {
                transport.send(call, limits, providerCall.progress, providerCall);
            }
        } catch (RuntimeException e) {
            providerCall.failed(e);
        }
    }

    private boolean onEvent(ServerSentEvent event) throws Exception {
        WorkflowRun run = client.readEvent(request, event);
        if (run == null) {
            return false;
        }
        reported = run;
        if (result.readOn(run)) {
            return false;
        }
        finish(run, null);
        return true;
    }

    @Override
    public void completed(HttpReply reply) {
        if (done.get()) {
            return;
        }
        try {
            if (call.eventStream() && reply.isSuccess()) {
                throw new WorkflowRunException(provider, reply.status(), null, reported == null
                        ? "the event stream ended before the run was reported" : "the event stream ended before the run's outcome", null);
            }
            WorkflowRun run = client.read(request, reply);
            if (run.runId() == null && request.operation() == WorkflowRunOperation.trigger) {
                // nothing to follow the run by: to the caller, as good as an answer that could not be read
                throw Replies.unexpected(provider, reply, "a run ID", run.requestId());
            }
            finish(run, null);
        } catch (Exception e) {
            // only the core sees the answer's headers: when to come back is the HTTP header's to say
            if (e instanceof WorkflowRunException answer && answer.getRetryAfter() == null) {
                answer.setRetryAfter(RetryAfter.of(reply));
            }
            finish(null, answerFailure(reply.status(), reply.headers(), e));
        }
    }

    @Override
    public void failed(Exception ex) {
        if (ex instanceof IOException && ex.getCause() instanceof WorkflowRunException fromStream) {
            finish(null, fromStream);
        } else if (ex instanceof ResponseTooLargeException tooLarge) {
            WorkflowRunException answer = new WorkflowRunException(provider, tooLarge.status(), null, tooLarge.getMessage(),
                    tooLarge.headers().get(REQUEST_ID_HEADER));
            finish(null, answerFailure(tooLarge.status(), tooLarge.headers(), answer));
        } else {
            finish(null, noAnswer(ex, progress.connected()));
        }
    }

    @Override
    public void cancelled() {
        // the listener's end and the deadline finish first: only the client's closing or the component's stop gets here,
        // or a caller's closing of a stream whose answer it no longer takes
        CancellationException cancelled = new CancellationException("the call was cancelled: the component is stopping");
        finish(null, noAnswer(cancelled, progress.connected()));
    }

    private void deadlinePassed() {
        if (done.get()) {
            return;
        }
        // cut off first: from here the request either had left already or never will
        boolean mayHaveLeft = progress.cutOff();
        finish(null, noAnswer(new ResponseDeadlineException(limits.requestMillis()), mayHaveLeft));
        // and its connection closed: a trickling server must not keep it, nor a pool slot
        progress.drop();
    }

    /**
     * No (whole) answer came. A request cannot leave before its connection, TLS included, is made: until then nothing
     * reached the provider, whatever the failure. After that, a trigger may have started a run.
     */
    private Exception noAnswer(Exception failure, boolean mayHaveLeft) {
        if (!mayHaveLeft) {
            return new WorkflowRunTransportException(provider, call.uri().getHost(), false, failure);
        }
        if (request.operation() == WorkflowRunOperation.trigger) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), failure);
        }
        return new WorkflowRunTransportException(provider, call.uri().getHost(), true, failure);
    }

    /**
     * An answer came but gave no run. For a trigger, the run may exist all the same when the answer is a gateway's
     * "forwarded, answer lost", or a success that could not be read (not JSON, too large, no run ID): only an answer
     * that carries the provider's own error code says that the provider refused the trigger.
     */
    private Exception answerFailure(int status, Map<String, String> headers, Exception failure) {
        if (request.operation() != WorkflowRunOperation.trigger) {
            return failure;
        }
        WorkflowRunException answer = failure instanceof WorkflowRunException e ? e : null;
        String requestId = answer != null && answer.getRequestId() != null ? answer.getRequestId() : headers.get(REQUEST_ID_HEADER);
        String why = answer != null && answer.getErrorMessage() != null ? answer.getErrorMessage() : String.valueOf(failure);
        if (FORWARDED_ANSWER_LOST.contains(status)) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), status, requestId,
                    "a gateway answered HTTP " + status + ": it may have passed the trigger on and lost the answer (" + why + ")",
                    failure);
        }
        boolean refused = answer != null && answer.getErrorCode() != null;
        if (status / 100 == 2 && !refused) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), status, requestId,
                    "its answer (HTTP " + status + ") did not name the run: " + why, failure);
        }
        return failure;
    }

    private void finish(WorkflowRun run, Exception failure) {
        if (done.compareAndSet(false, true)) {
            ScheduledFuture<?> timer = deadline;
            if (timer != null) {
                timer.cancel(false);
            }
            Runnable handle = owed;
            if (handle != null) {
                pending.settle(handle);
            }
            WorkflowRun known = failure != null && run == null ? reported : run;
            if (failure instanceof WorkflowRunComponentException ours) {
                // the provider that read the answer did not see the call: name what it was for
                ours.concerning(known != null && known.workflowId() != null ? known.workflowId() : request.workflowId(),
                        known != null && known.runId() != null ? known.runId() : namedRunId(request));
            }
            result.done(known, failure);
        }
    }

    /** The call was given up before it was sent, for this reason. */
    static WorkflowRunNotSentException notSent(String provider, RunRequest request, String why, Exception cause) {
        return new WorkflowRunNotSentException(provider, request.operation(), request.workflowId(), namedRunId(request), why, cause);
    }

    /**
     * The run a call names: the one a status or cancel call is about. A trigger names none (a run ID header on its
     * message is left from an earlier call).
     */
    private static String namedRunId(RunRequest request) {
        return request.operation() == WorkflowRunOperation.trigger ? null : request.runId();
    }
}
