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
import io.workflowrun.camel.model.WorkflowRunThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;
import io.workflowrun.camel.statistics.ProviderStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one endpoint's provider calls, each to its one {@link Sending.Outcome}: in its turn under the rate limit, each
 * attempt signed when it goes out and cut off at its answer deadline ({@link CallAttempt}), sent again while its
 * failure is safe to resend and the {@link RetryPolicy} allows, with every wait a task on the component's timer (no
 * thread is held, and a stop answers what is still waiting). The producer and the run waiter only call this and read
 * the outcome.
 */
final class CallSender {

    private static final Logger LOG = LoggerFactory.getLogger(CallSender.class);
    private static final CompletableFuture<Exception> NO_FAILURE = CompletableFuture.completedFuture(null);

    private final WorkflowRunComponent component;
    private final String provider;
    private final ProviderClient client;
    private final HttpTransport.Limits limits;
    private final RetryPolicy retryPolicy;
    // the in-memory default, reserved on the sending thread in a few nanoseconds; or a shared store's, reserved off it
    private final LocalRateLimiter localLimiter;
    private final CallRateLimiter sharedLimiter;
    private static final long MIN_LATE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** How late past its shared slot a call takes another: the time between two slots, and at least 10 ms. */
    private final long lateNanos;
    private final TokenSource tokens;
    private final ProviderStatistics statistics;

    CallSender(WorkflowRunEndpoint endpoint) {
        this.component = endpoint.getComponent();
        this.provider = endpoint.getConfiguration().getProvider();
        this.client = endpoint.getProviderClient();
        this.limits = endpoint.limits();
        this.retryPolicy = RetryPolicy.of(endpoint.getConfiguration());
        CallRateLimiter rateLimiter = endpoint.getRateLimiter();
        this.localLimiter = rateLimiter instanceof LocalRateLimiter local ? local : null;
        this.sharedLimiter = rateLimiter instanceof LocalRateLimiter ? null : rateLimiter;
        // at high rates a slot is shorter than the timer's own jitter: only a call 10 ms late bunches enough to matter
        this.lateNanos = endpoint.getRateLimit() > 0 ? Math.max((long) (1e9 / endpoint.getRateLimit()), MIN_LATE_NANOS) : 0;
        this.tokens = client.tokens();
        this.statistics = component.getStatistics().of(provider);
    }

    /**
     * Completes with null once the client holds an access token for the request's instant (at once where it needs none
     * or holds one), or with the failure that ends the call unsent.
     */
    CompletableFuture<Exception> tokenFor(RunRequest request) {
        if (tokens == null || tokens.current(request.now()) != null) {
            return NO_FAILURE;
        }
        return component.tokenFetches().fetch(component, provider, tokens, limits).handle((fetched, failure) -> {
            if (failure == null && tokens.current(request.now()) != null) {
                return null;
            }
            if (failure == null) {
                return CallFailures.notSent(provider, request, "the token its token endpoint gave is no longer good", null);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof WorkflowRunException refused) {
                // the token endpoint's answer tells of the credentials as any answer does
                statistics.answered(refused, false, RetryPolicy.authenticationRefused(client, refused));
            }
            return CallFailures.notSent(provider, request, "no access token could be got from its token endpoint ("
                                                           + cause.getMessage() + ")",
                    cause instanceof Exception e ? e : new IllegalStateException(cause));
        });
    }

    /**
     * Sends the call; its outcome is the first run the answer reports.
     *
     * @param call the first attempt, signed by the caller: bad input fails there, before anything is scheduled
     */
    Sending send(RunRequest request, HttpCall call) {
        return send(request, call, new Sending());
    }

    /** Sends the call as the {@link Sending} the caller made for it (to read an event stream on, or give it up). */
    Sending send(RunRequest request, HttpCall call, Sending sending) {
        inTurn(sending, request, call, 1, System.nanoTime());
        return sending;
    }

    /** Sends the request after the delay (a status poll), signed when it goes out; the retries count from then. */
    Sending sendAfter(long delayMillis, RunRequest request) {
        Sending sending = new Sending();
        later(sending, request, null, delayMillis, () -> signed(sending, request, 1, System.nanoTime(), true));
        return sending;
    }

    /** Sends at once, or at the rate limit's next free slot. */
    private void inTurn(Sending sending, RunRequest request, HttpCall call, int attempt, long firstNanos) {
        if (sharedLimiter != null) {
            inSharedTurn(sending, request, call, attempt, firstNanos, false);
            return;
        }
        long waitNanos = localLimiter == null ? 0 : localLimiter.reserveNow();
        if (waitNanos > 0) {
            statistics.delayedByRateLimit(waitNanos);
            // the call goes out at its slot, signed then: a signature's timestamp must not age in the queue
            later(sending, request, null, TimeUnit.NANOSECONDS.toMillis(waitNanos),
                    () -> signed(sending, request, attempt, firstNanos, false));
            return;
        }
        attempt(sending, request, call, attempt, firstNanos);
    }

    /**
     * Reserves the slot in the shared store off this thread (which may be an HTTP client I/O thread, or the timer), then
     * sends on the timer at the instant the store reserved, not at its answer plus the wait: a slow answer must not push
     * the call later, nor bunch it with the next.
     *
     * @param again whether this is the call's second reservation: a call that would leave a whole slot or more after
     *              its own (its timer or the store starved on a busy machine) takes a new slot once instead, since going
     *              out then would bunch it with the calls of the next slots, over the provider's limit
     */
    private void inSharedTurn(Sending sending, RunRequest request, HttpCall call, int attempt, long firstNanos, boolean again) {
        Pending pending = component.pending();
        // a reservation still queued when the component stops is dropped with its pool: the stop answers the call
        Runnable owed = pending.owe(() -> finish(sending, request, null,
                CallFailures.notSent(provider, request, "the component is stopping", null)));
        CompletionStage<Long> reserved;
        try {
            reserved = sharedLimiter.reserve(component.storeReservations());
        } catch (RuntimeException e) {
            if (pending.settle(owed)) {
                finish(sending, request, null, CallFailures.notSent(provider, request,
                        e instanceof RejectedExecutionException ? "the component is stopping" : e.getMessage(), e));
            }
            return;
        }
        reserved.whenComplete((slot, failure) -> {
            if (!pending.settle(owed)) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                // a shared limit that cannot be read: sending unlimited could break the provider's limit for every instance
                finish(sending, request, null, CallFailures.notSent(provider, request, cause.getMessage(),
                        cause instanceof Exception e ? e : new IllegalStateException(cause)));
                return;
            }
            long waitNanos = slot - System.nanoTime();
            if (waitNanos <= 0) {
                // signed a moment ago; the timer, not the store's thread, sends it
                later(sending, request, null, 0, () -> inTime(sending, request, call, attempt, firstNanos, again, slot, false));
                return;
            }
            statistics.delayedByRateLimit(waitNanos);
            // whole milliseconds up, as the timer counts them: never before the slot
            later(sending, request, null, (waitNanos + 999_999) / 1_000_000,
                    () -> inTime(sending, request, call, attempt, firstNanos, again, slot, true));
        });
    }

    /** Sends the call at its shared slot, or reserves another once where it is a whole slot late. */
    private void inTime(Sending sending, RunRequest request, HttpCall call, int attempt, long firstNanos, boolean again, long slot,
            boolean sign) {
        if (!again && lateNanos > 0 && System.nanoTime() - slot >= lateNanos) {
            LOG.debug("{} {}: {} ms past its rate-limit slot, it takes another", provider, request.operation(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - slot));
            inSharedTurn(sending, request, call, attempt, firstNanos, true);
        } else if (sign) {
            signed(sending, request, attempt, firstNanos, false);
        } else {
            attempt(sending, request, call, attempt, firstNanos);
        }
    }

    private void attempt(Sending sending, RunRequest request, HttpCall call, int attempt, long firstNanos) {
        if (!sending.goesOut()) {
            finish(sending, request, null, CallFailures.notSent(provider, request,
                    "its answer was no longer wanted (the wait it was for had ended)", null));
            return;
        }
        LOG.debug("{} {} attempt {}: {} {}", provider, request.operation(), attempt, call.method(), call.uri());
        statistics.attempted();
        new CallAttempt(provider, client, limits, request, call, sending,
                (run, failure) -> answered(sending, request, attempt, firstNanos, run, failure)).start(component);
    }

    /** An attempt's answer: the call's outcome, or a resend when its failure is safe to resend and the policy allows. */
    private void answered(Sending sending, RunRequest request, int attempt, long firstNanos, WorkflowRun run, Exception failure) {
        if (tokens != null && failure instanceof WorkflowRunException refused && refused.getHttpStatus() == 401) {
            // revoked or expired early: the next call fetches a new one
            tokens.forget();
        }
        boolean refusedUnprocessed = failure instanceof WorkflowRunException answer && RetryPolicy.refusedUnprocessed(client, answer);
        statistics.answered(failure, refusedUnprocessed,
                !refusedUnprocessed && failure instanceof WorkflowRunException answer && RetryPolicy.authenticationRefused(client, answer));
        // a failure that comes with a run (a stream that reported it, then broke) is never resent: the run exists
        if (failure == null || run != null || !RetryPolicy.isSafeToResend(failure, request.operation(), client)) {
            finish(sending, request, run, failure);
            return;
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstNanos);
        Duration asked = RetryAfter.asked(failure);
        long askedMillis = asked == null ? 0 : asked.toMillis();
        String overrun = asked == null || !retryPolicy.allowsAttempt(attempt + 1) ? null : retryPolicy.overrun(askedMillis, elapsed);
        if (overrun != null) {
            // waiting less than asked would be refused again, waiting as long breaks the budget: fail now, saying so
            finish(sending, request, null, new WorkflowRunThrottledException((WorkflowRunException) failure, overrun));
            return;
        }
        long delay = retryPolicy.delayBefore(attempt + 1, elapsed, askedMillis);
        if (delay < 0) {
            finish(sending, request, null, failure);
            return;
        }
        LOG.debug("{} {} attempt {} failed ({}); sending again in {} ms", provider, request.operation(), attempt, failure.getMessage(),
                delay);
        statistics.resending();
        later(sending, request, failure, delay, () -> signed(sending, request, attempt + 1, firstNanos, true));
    }

    /** Signs the request anew and sends it; {@code needsSlot}: whether it must still take a rate-limit slot. */
    private void signed(Sending sending, RunRequest request, int attempt, long firstNanos, boolean needsSlot) {
        RunRequest again = request.at(Instant.now());
        tokenFor(again).thenAccept(tokenFailure -> {
            if (tokenFailure != null) {
                finish(sending, again, null, tokenFailure);
                return;
            }
            HttpCall call;
            try {
                call = client.call(again);
            } catch (RuntimeException e) {
                finish(sending, again, null, e);
                return;
            }
            if (needsSlot) {
                inTurn(sending, again, call, attempt, firstNanos);
            } else {
                attempt(sending, again, call, attempt, firstNanos);
            }
        });
    }

    /**
     * Runs the task on the component's timer. Should the component stop first (or be stopping), the call ends instead:
     * with {@code failure}, the last attempt's, or as not sent when none went out yet.
     */
    private void later(Sending sending, RunRequest request, Exception failure, long delayMillis, Runnable task) {
        try {
            component.schedule(task, delayMillis, () -> finish(sending, request, null, failure != null
                    ? failure : CallFailures.notSent(provider, request, "the component is stopping", null)));
        } catch (RejectedExecutionException e) {
            finish(sending, request, null, failure != null
                    ? failure : CallFailures.notSent(provider, request, "the component is stopping", e));
        }
    }

    ProviderStatistics statistics() {
        return statistics;
    }

    private void finish(Sending sending, RunRequest request, WorkflowRun run, Exception failure) {
        boolean resendable = failure != null && RetryPolicy.isSafeToResend(failure, request.operation(), client);
        sending.complete(new Sending.Outcome(run, failure, resendable));
    }
}
