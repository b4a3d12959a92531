package io.workflowrun.camel;

import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.RunStatus;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelException;
import org.apache.camel.Exchange;

/**
 * Waits for one started run to end without holding a thread: each status poll is a timer task that sends an async
 * request, and the answer schedules the next poll (the wait doubling up to maxPollInterval) or completes the exchange.
 * Polls go out like any status call, within the rate limit and resent by the retry policy, because the provider counts
 * them against the same limit: thousands of waiting runs must not throttle the triggers. Status calls are read-only,
 * so a poll that still fails on the way (no answer, throttled, HTTP 5xx) is simply polled again: the run is not
 * failed for it.
 */
final class RunWaiter {

    private final WorkflowRunProducer producer;
    private final WorkflowRunConfiguration configuration;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final String workflowId;
    private final long startedNanos = System.nanoTime();
    private long delayMillis;
    private WorkflowRun lastSeen;

    RunWaiter(WorkflowRunProducer producer, Exchange exchange, AsyncCallback callback, String workflowId) {
        this.producer = producer;
        this.configuration = producer.configuration();
        this.exchange = exchange;
        this.callback = callback;
        this.workflowId = workflowId;
        this.delayMillis = configuration.getPollInterval();
    }

    /** Starts waiting for the run a trigger returned (which may already have ended). */
    void waitFor(WorkflowRun started) {
        lastSeen = started;
        if (started.status() != null && started.status().isTerminal()) {
            end(started);
        } else if (started.runId() == null) {
            fail(new CamelException(configuration.getProvider() + " started a run but returned no run ID to wait on"));
        } else {
            scheduleNext();
        }
    }

    private void scheduleNext() {
        scheduleNext(0);
    }

    /** @param askedMillis how long the provider asked to be left alone ({@code Retry-After}); 0 for no such wish */
    private void scheduleNext(long askedMillis) {
        long leftMillis = configuration.getWaitTimeout() - elapsedMillis();
        if (leftMillis <= 0) {
            producer.apply(lastSeen, exchange.getMessage());
            fail(new WorkflowRunTimeoutException(configuration.getProvider(), lastSeen.runId(), elapsedMillis(), lastSeen));
            return;
        }
        long wait = Math.min(Math.max(delayMillis, askedMillis), leftMillis);
        delayMillis = Math.min(delayMillis * 2, Math.max(configuration.getMaxPollInterval(), configuration.getPollInterval()));
        try {
            producer.getEndpoint().getComponent().scheduler().schedule(this::poll, wait, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            producer.apply(lastSeen, exchange.getMessage());
            fail(new CamelException("Stopped while waiting for " + configuration.getProvider() + " run " + lastSeen.runId()
                                    + "; it may still be running", e));
        }
    }

    private void poll() {
        RunRequest request = new RunRequest(WorkflowRunOperation.status,
                lastSeen.workflowId() != null ? lastSeen.workflowId() : workflowId, lastSeen.runId(), null,
                exchange.getMessage().getHeaders(), Instant.now());
        HttpCall call;
        try {
            call = producer.client().call(request);
        } catch (RuntimeException e) {
            producer.apply(lastSeen, exchange.getMessage());
            fail(e);
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
            } else if (RetryPolicy.isSafeToResend(failure, WorkflowRunOperation.status, producer.client())) {
                // what would be resent as a status call is polled again instead, no sooner than a throttle asked
                scheduleNext(failure instanceof WorkflowRunException answer && answer.getRetryAfter() != null
                        ? answer.getRetryAfter().toMillis() : 0);
            } else {
                producer.apply(lastSeen, exchange.getMessage());
                fail(failure);
            }
        });
    }

    private void end(WorkflowRun run) {
        producer.apply(run, exchange.getMessage());
        boolean failed = run.status() == RunStatus.FAILED || run.status() == RunStatus.CANCELLED;
        if (failed && configuration.isFailOnRunFailure()) {
            fail(new WorkflowRunFailedException(run, 200));
        } else {
            callback.done(false);
        }
    }

    private void fail(Exception failure) {
        exchange.setException(failure);
        callback.done(false);
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
