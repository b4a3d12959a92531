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
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.statistics.ProviderStatistics;
import io.workflowrun.camel.model.RunStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for started runs to end without holding a thread: each status poll is a call sent after a delay, and its
 * outcome sends the next (the wait doubling up to maxPollInterval) or completes the exchange. Polls go out like any
 * status call, within the rate limit and resent by the retry policy, because the provider counts them against the
 * same limit: thousands of waiting runs must not throttle the triggers. Status calls are read-only, so a poll that
 * still fails on the way (no answer, throttled, HTTP 5xx) is simply polled again: the run is not failed for it.
 * <p>
 * A trigger answered by an event stream is waited on by reading the stream to the run's outcome, bounded by
 * waitTimeout like the polls. A stream that fails or ends before the outcome, once it has given the run ID (a pause
 * for input, a dropped connection), hands over to polling: the run goes on whatever became of the stream.
 */
final class RunWaiter {

    private static final Logger LOG = LoggerFactory.getLogger(RunWaiter.class);

    private final WorkflowRunConfiguration configuration;
    private final CallSender sender;
    private final RunOnMessage onMessage;
    /** Its timer bounds a streamed wait by waitTimeout. */
    private final WorkflowRunComponent component;
    private final ProviderStatistics statistics;

    RunWaiter(WorkflowRunConfiguration configuration, CallSender sender, RunOnMessage onMessage, WorkflowRunComponent component) {
        this.configuration = configuration;
        this.sender = sender;
        this.onMessage = onMessage;
        this.component = component;
        this.statistics = sender.statistics();
    }

    /** Waits for the run a trigger returned (which may already have ended), then completes the exchange. */
    void waitFor(Exchange exchange, AsyncCallback callback, RunRequest trigger, WorkflowRun started) {
        waitFor(exchange, callback, trigger, started, configuration.getWaitTimeout(), () -> true);
    }

    /**
     * The same, for at most {@code timeoutMillis} (what is left of a wait another instance may have begun), and only
     * while {@code stillOurs} says so before each poll: a durable wait whose lease this instance lost ends, leaving the
     * run to the instance that holds it now.
     */
    void waitFor(Exchange exchange, AsyncCallback callback, RunRequest trigger, WorkflowRun started, long timeoutMillis,
            BooleanSupplier stillOurs) {
        new Wait(exchange, callback, trigger, timeoutMillis, stillOurs).from(started);
    }

    /** Sends a trigger whose answer is an event stream, and waits by reading it. */
    void follow(Exchange exchange, AsyncCallback callback, RunRequest trigger, HttpCall call) {
        new Wait(exchange, callback, trigger, configuration.getWaitTimeout(), () -> true).follow(call);
    }

    /** The wait for one run, which answers its exchange once. */
    private final class Wait {

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final RunRequest trigger;
        private final long timeoutMillis;
        private final BooleanSupplier stillOurs;
        private final long startedNanos = System.nanoTime();
        private final AtomicBoolean done = new AtomicBoolean();
        private long delayMillis = configuration.getPollInterval();
        private volatile WorkflowRun lastSeen;

        Wait(Exchange exchange, AsyncCallback callback, RunRequest trigger, long timeoutMillis, BooleanSupplier stillOurs) {
            this.exchange = exchange;
            this.trigger = trigger;
            this.timeoutMillis = timeoutMillis;
            this.stillOurs = stillOurs;
            statistics.waitStarted();
            this.callback = doneSync -> {
                statistics.waitEnded(System.nanoTime() - startedNanos);
                callback.done(doneSync);
            };
        }

        void from(WorkflowRun started) {
            lastSeen = started;
            // what the trigger told (a provider's IDs for a later cancel, say) stays on the message whatever the polls say
            onMessage.put(trigger, started, exchange.getMessage());
            // a started run always has its ID here: an answer to a trigger that names none fails as "may have started"
            if (started.status() != null && started.status().isTerminal()) {
                end(started);
            } else {
                scheduleNext();
            }
        }

        void follow(HttpCall call) {
            new StreamedWait().start(call);
        }

        /** The part of the wait that reads the trigger's event stream. */
        private final class StreamedWait {

            private final Sending sending = new Sending(this::readOn);
            private volatile ScheduledFuture<?> deadline;

            void start(HttpCall call) {
                try {
                    deadline = component.scheduler().schedule(this::timedOut, configuration.getWaitTimeout(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    fail(CallFailures.notSent(configuration.getProvider(), trigger, "the component is stopping", e));
                    return;
                }
                sender.send(trigger, call, sending).outcome().thenAccept(this::answered);
            }

            private boolean readOn(WorkflowRun reported) {
                if (done.get()) {
                    return false;
                }
                if (lastSeen == null) {
                    onMessage.put(trigger, reported, exchange.getMessage());
                    statistics.succeeded(WorkflowRunOperation.trigger, reported);
                }
                lastSeen = reported;
                return reported.status() == null || !reported.status().isTerminal();
            }

            private void answered(Sending.Outcome outcome) {
                ScheduledFuture<?> timer = deadline;
                if (timer != null) {
                    timer.cancel(false);
                }
                WorkflowRun run = outcome.run();
                if (lastSeen == null && run != null && run.runId() != null) {
                    // an answer that was not a stream after all: the run is reported here first
                    statistics.succeeded(WorkflowRunOperation.trigger, run);
                }
                if (outcome.failure() == null) {
                    end(run);
                } else if (run != null && run.runId() != null) {
                    LOG.debug("{} run {}: the event stream ended before the outcome ({}); polling its status",
                            configuration.getProvider(), run.runId(), outcome.failure().getMessage());
                    lastSeen = run;
                    scheduleNext();
                } else {
                    fail(outcome.failure());
                }
            }

            /** waitTimeout passed while the stream was still open (or not yet sent: then it never will be). */
            private void timedOut() {
                boolean mayHaveStarted = sending.abandon();
                WorkflowRun seen = lastSeen;
                if (seen != null && seen.runId() != null) {
                    timeout(seen);
                } else if (mayHaveStarted) {
                    fail(new WorkflowRunMaybeStartedException(configuration.getProvider(), trigger.workflowId(), trigger.now(),
                            new TimeoutException("no run ID within waitTimeout (" + configuration.getWaitTimeout() + " ms)")));
                } else {
                    fail(CallFailures.notSent(configuration.getProvider(), trigger, "waitTimeout (" + configuration.getWaitTimeout()
                                                                                    + " ms) passed while it waited for its turn (rate limit, resends)",
                            null));
                }
                // only now that the exchange has its answer: the stream's own end must not answer it first
                sending.close();
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
            if (!stillOurs.getAsBoolean()) {
                stopped();
                return;
            }
            long leftMillis = timeoutMillis - elapsedMillis();
            if (leftMillis <= 0) {
                timeout(lastSeen);
                return;
            }
            long wait = Math.min(Math.max(delayMillis, askedMillis), leftMillis);
            delayMillis = Math.min(delayMillis * 2, Math.max(configuration.getMaxPollInterval(), configuration.getPollInterval()));
            WorkflowRun seen = lastSeen;
            RunRequest poll = new RunRequest(WorkflowRunOperation.status,
                    seen.workflowId() != null ? seen.workflowId() : trigger.workflowId(), seen.runId(), null,
                    exchange.getMessage().getHeaders(), Instant.now());
            statistics.polled();
            sender.sendAfter(wait, poll).outcome().thenAccept(this::polled);
        }

        private void polled(Sending.Outcome outcome) {
            Exception failure = outcome.failure();
            if (failure == null) {
                // a run the trigger's idempotency key had already started is reported so to the end of the wait
                WorkflowRun run = lastSeen.alreadyStarted() ? outcome.run().asAlreadyStarted() : outcome.run();
                lastSeen = run;
                if (run.status() != null && run.status().isTerminal()) {
                    end(run);
                } else {
                    scheduleNext();
                }
            } else if (failure instanceof WorkflowRunNotSentException) {
                // the poll was given up as the component stops: the run goes on all the same
                stopped();
            } else if (outcome.resendable()) {
                // what would be resent as a status call is polled again instead, no sooner than a throttle asked
                scheduleNext(outcome.askedMillis());
            } else {
                fail(lastSeen, failure);
            }
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
            onMessage.put(trigger, run, exchange.getMessage());
            boolean failed = run.status() == RunStatus.FAILED || run.status() == RunStatus.CANCELLED;
            if (failed && configuration.isFailOnRunFailure()) {
                exchange.setException(concerning(new WorkflowRunFailedException(run), run));
            }
            callback.done(false);
        }

        /** Fails the wait, leaving the run as last seen on the message. */
        private void fail(WorkflowRun seen, Exception failure) {
            if (done.compareAndSet(false, true)) {
                onMessage.put(trigger, seen, exchange.getMessage());
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
}
