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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.RunStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for one started run to end without holding a thread: each status poll is a timer task that sends an async
 * request, and the answer schedules the next poll (the wait doubling up to maxPollInterval) or completes the exchange.
 * Polls go out like any status call, within the rate limit and resent by the retry policy, because the provider counts
 * them against the same limit: thousands of waiting runs must not throttle the triggers. Status calls are read-only,
 * so a poll that still fails on the way (no answer, throttled, HTTP 5xx) is simply polled again: the run is not
 * failed for it.
 * <p>
 * A trigger answered by an event stream is waited on by reading the stream to the run's outcome, bounded by
 * waitTimeout like the polls. A stream that fails or ends before the outcome, once it has given the run ID (a pause
 * for input, a dropped connection), hands over to polling: the run goes on whatever became of the stream.
 */
final class RunWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(RunWaiter.class);

    private final WorkflowRunProducer producer;
    private final WorkflowRunConfiguration configuration;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final RunRequest trigger;
    private final long startedNanos = System.nanoTime();
    private final AtomicBoolean done = new AtomicBoolean();
    private long delayMillis;
    private volatile WorkflowRun lastSeen;

    RunWaiter(WorkflowRunProducer producer, Exchange exchange, AsyncCallback callback, RunRequest trigger) {
        this.producer = producer;
        this.configuration = producer.configuration();
        this.exchange = exchange;
        this.callback = callback;
        this.trigger = trigger;
        this.delayMillis = configuration.getPollInterval();
    }

    /** Starts waiting for the run a trigger returned (which may already have ended). */
    void waitFor(WorkflowRun started) {
        lastSeen = started;
        // what the trigger told (a provider's IDs for a later cancel, say) stays on the message whatever the polls say
        producer.apply(trigger, started, exchange.getMessage());
        // a started run always has its ID here: an answer to a trigger that names none fails as "may have started"
        if (started.status() != null && started.status().isTerminal()) {
            end(started);
        } else {
            scheduleNext();
        }
    }

    /** Sends a trigger whose answer is an event stream, and waits by reading it. */
    void follow(HttpCall call) {
        new StreamedWait().start(call);
    }

    /** The part of the wait that reads the trigger's event stream. */
    private final class StreamedWait implements ProviderCall.Result {

        private volatile Runnable close;
        private volatile ScheduledFuture<?> deadline;
        /** Whether an attempt has gone out, and whether waitTimeout has passed; guarded by this. */
        private boolean sent;
        private boolean expired;

        void start(HttpCall call) {
            try {
                deadline = producer.getEndpoint().getComponent().scheduler()
                        .schedule(this::timedOut, configuration.getWaitTimeout(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                fail(ProviderCall.notSent(configuration.getProvider(), trigger, "the component is stopping", e));
                return;
            }
            producer.send(trigger, call, 1, System.nanoTime(), this);
        }

        @Override
        public boolean readOn(WorkflowRun reported) {
            if (done.get()) {
                return false;
            }
            if (lastSeen == null) {
                producer.apply(trigger, reported, exchange.getMessage());
            }
            lastSeen = reported;
            return reported.status() == null || !reported.status().isTerminal();
        }

        @Override
        public synchronized boolean abandoned() {
            boolean abandoned = expired || done.get();
            sent |= !abandoned;
            return abandoned;
        }

        @Override
        public void opened(Runnable closeStream) {
            close = closeStream;
            if (done.get()) {
                closeStream.run();
            }
        }

        @Override
        public void done(WorkflowRun run, Exception failure) {
            ScheduledFuture<?> timer = deadline;
            if (timer != null) {
                timer.cancel(false);
            }
            if (failure == null) {
                end(run);
            } else if (run != null && run.runId() != null) {
                LOG.debug("{} run {}: the event stream ended before the outcome ({}); polling its status",
                        configuration.getProvider(), run.runId(), failure.getMessage());
                lastSeen = run;
                scheduleNext();
            } else {
                fail(failure);
            }
        }

        /** waitTimeout passed while the stream was still open (or not yet sent: then it never will be). */
        private void timedOut() {
            boolean mayHaveStarted;
            synchronized (this) {
                // from here on no attempt goes out (abandoned() says so), so one that has not gone out never will
                mayHaveStarted = sent;
                expired = true;
            }
            WorkflowRun seen = lastSeen;
            if (seen != null && seen.runId() != null) {
                timeout(seen);
            } else if (mayHaveStarted) {
                fail(new WorkflowRunMaybeStartedException(configuration.getProvider(), trigger.workflowId(), trigger.now(),
                        new TimeoutException("no run ID within waitTimeout (" + configuration.getWaitTimeout() + " ms)")));
            } else {
                fail(ProviderCall.notSent(configuration.getProvider(), trigger,
                        "waitTimeout (" + configuration.getWaitTimeout() + " ms) passed while it waited for its turn (rate limit, resends)",
                        null));
            }
            Runnable closeStream = close;
            if (closeStream != null) {
                closeStream.run();
            }
        }
    }

    private void scheduleNext() {
        scheduleNext(0);
    }

    /** @param askedMillis how long the provider asked to be left alone ({@code Retry-After}); 0 for no such wish */
    private void scheduleNext(long askedMillis) {
        if (done.get()) {
            return;
        }
        long leftMillis = configuration.getWaitTimeout() - elapsedMillis();
        if (leftMillis <= 0) {
            timeout(lastSeen);
            return;
        }
        long wait = Math.min(Math.max(delayMillis, askedMillis), leftMillis);
        delayMillis = Math.min(delayMillis * 2, Math.max(configuration.getMaxPollInterval(), configuration.getPollInterval()));
        try {
            producer.getEndpoint().getComponent().schedule(this::poll, wait, this::stopped);
        } catch (RejectedExecutionException e) {
            stopped();
        }
    }

    private void poll() {
        WorkflowRun seen = lastSeen;
        RunRequest request = new RunRequest(WorkflowRunOperation.status,
                seen.workflowId() != null ? seen.workflowId() : trigger.workflowId(), seen.runId(), null,
                exchange.getMessage().getHeaders(), Instant.now());
        HttpCall call;
        try {
            call = producer.client().call(request);
        } catch (RuntimeException e) {
            fail(seen, e);
            return;
        }
        producer.send(request, call, 1, System.nanoTime(), (run, failure) -> {
            if (failure == null) {
                lastSeen = run;
                if (run.status() != null && run.status().isTerminal()) {
                    end(run);
                } else {
                    scheduleNext();
                }
            } else if (failure instanceof WorkflowRunNotSentException) {
                // the poll was given up as the component stops: the run goes on all the same
                stopped();
            } else if (RetryPolicy.isSafeToResend(failure, WorkflowRunOperation.status, producer.client())) {
                // what would be resent as a status call is polled again instead, no sooner than a throttle asked
                scheduleNext(failure instanceof WorkflowRunException answer && answer.getRetryAfter() != null
                        ? answer.getRetryAfter().toMillis() : 0);
            } else {
                fail(lastSeen, failure);
            }
        });
    }

    private void timeout(WorkflowRun seen) {
        fail(seen, new WorkflowRunTimeoutException(configuration.getProvider(), seen.runId(), elapsedMillis(), seen));
    }

    /** The component is stopping: the wait ends, not the run. */
    private void stopped() {
        WorkflowRun seen = lastSeen;
        fail(seen, new WorkflowRunTimeoutException(configuration.getProvider(), seen.runId(), elapsedMillis(), seen, true));
    }

    private void end(WorkflowRun run) {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        producer.apply(trigger, run, exchange.getMessage());
        boolean failed = run.status() == RunStatus.FAILED || run.status() == RunStatus.CANCELLED;
        if (failed && configuration.isFailOnRunFailure()) {
            exchange.setException(concerning(new WorkflowRunFailedException(run), run));
        }
        callback.done(false);
    }

    /** Fails the wait, leaving the run as last seen on the message. */
    private void fail(WorkflowRun seen, Exception failure) {
        if (done.compareAndSet(false, true)) {
            producer.apply(trigger, seen, exchange.getMessage());
            exchange.setException(concerning(failure, seen));
            callback.done(false);
        }
    }

    private void fail(Exception failure) {
        if (done.compareAndSet(false, true)) {
            exchange.setException(concerning(failure, null));
            callback.done(false);
        }
    }

    /** Names the trigger's workflow, and the run waited on, where the failure did not. */
    private Exception concerning(Exception failure, WorkflowRun seen) {
        if (failure instanceof WorkflowRunComponentException ours) {
            ours.concerning(trigger.workflowId(), seen == null ? null : seen.runId());
        }
        return failure;
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
