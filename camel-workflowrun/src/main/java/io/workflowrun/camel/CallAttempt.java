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
import io.workflowrun.camel.model.WorkflowRunComponentException;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.io.IOException;
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
 * One attempt of a call: one HTTP request to the provider, read into a run, with its answer deadline. Exactly one
 * answer to its sender, whichever of reply, event, failure, cancellation or deadline comes first; what a failure
 * means for a trigger is {@link CallFailures}' to say. An event stream may report the run more than once (started,
 * paused, finished): the {@link Sending} says whether to read on; when the stream then fails, ends early or is cut by
 * the deadline, the answer carries the run last reported with the failure, since the run exists whatever became of
 * the stream.
 */
final class CallAttempt implements FutureCallback<HttpReply> {

    /** Told the attempt's answer, once, on an I/O thread (or the timer's, for the deadline). */
    @FunctionalInterface
    interface Answer {

        /**
         * A run, or a failure; or both when an event stream had reported the run before it failed or ended early (the
         * run then exists: it must not be started again).
         */
        void answered(WorkflowRun run, Exception failure);
    }

    private final String provider;
    private final ProviderClient client;
    private final RunRequest request;
    private final HttpCall call;
    private final HttpTransport.Limits limits;
    private final Sending sending;
    private final Answer answer;
    private final CallProgress progress = new CallProgress();
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Pending pending;
    private volatile Runnable owed;
    private volatile ScheduledFuture<?> deadline;
    private volatile WorkflowRun reported;

    CallAttempt(
            String provider, ProviderClient client, HttpTransport.Limits limits, RunRequest request, HttpCall call, Sending sending,
            Answer answer) {
        this.provider = provider;
        this.client = client;
        this.limits = limits;
        this.request = request;
        this.call = call;
        this.sending = sending;
        this.answer = answer;
    }

    /**
     * Sends the call on the component's client, and cuts it off at {@code requestTimeout} if its whole answer has not
     * come by then: a timer task, no thread waits for it. Should the component stop first, the call is answered as
     * cancelled.
     */
    void start(WorkflowRunComponent component) {
        pending = component.pending();
        HttpTransport transport;
        try {
            transport = component.transport();
            deadline = component.scheduler().schedule(this::deadlinePassed, limits.requestMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            answer.answered(null, CallFailures.notSent(provider, request, "the component is stopping", e));
            return;
        }
        owed = pending.owe(this::cancelled);
        try {
            if (call.eventStream()) {
                transport.stream(call, limits, this::onEvent, progress, this);
                sending.opened(progress::drop);
            } else {
                transport.send(call, limits, progress, this);
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private boolean onEvent(ServerSentEvent event) throws Exception {
        WorkflowRun run = client.readEvent(request, event);
        if (run == null) {
            return false;
        }
        reported = run;
        if (sending.readOn(run)) {
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
            if (e instanceof WorkflowRunException refused && refused.getRetryAfter() == null) {
                refused.setRetryAfter(RetryAfter.of(reply));
            }
            finish(null, CallFailures.answerFailure(provider, request, reply.status(), reply.headers(), e));
        }
    }

    @Override
    public void failed(Exception ex) {
        if (ex instanceof IOException && ex.getCause() instanceof WorkflowRunException fromStream) {
            finish(null, fromStream);
        } else if (ex instanceof ResponseTooLargeException tooLarge) {
            WorkflowRunException refused = new WorkflowRunException(provider, tooLarge.status(), null, tooLarge.getMessage(),
                    tooLarge.headers().get(CallFailures.REQUEST_ID_HEADER));
            finish(null, CallFailures.answerFailure(provider, request, tooLarge.status(), tooLarge.headers(), refused));
        } else {
            finish(null, CallFailures.noAnswer(provider, request, call, ex, progress.connected()));
        }
    }

    @Override
    public void cancelled() {
        // the listener's end and the deadline finish first: only the client's closing or the component's stop gets here,
        // or a caller's closing of a stream whose answer it no longer takes
        CancellationException cancelled = new CancellationException("the call was cancelled: the component is stopping");
        finish(null, CallFailures.noAnswer(provider, request, call, cancelled, progress.connected()));
    }

    private void deadlinePassed() {
        if (done.get()) {
            return;
        }
        // cut off first: from here the request either had left already or never will
        boolean mayHaveLeft = progress.cutOff();
        finish(null, CallFailures.noAnswer(provider, request, call, new ResponseDeadlineException(limits.requestMillis()), mayHaveLeft));
        // and its connection closed: a trickling server must not keep it, nor a pool slot
        progress.drop();
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
                        known != null && known.runId() != null ? known.runId() : CallFailures.namedRunId(request));
            }
            answer.answered(known, failure);
        }
    }
}
