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
package io.workflowrun.camel.statistics;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * One provider's numbers since the component started: what its endpoints sent, how the provider answered, and how
 * the exchanges ended. Thread-safe; every method is cheap enough for the sending path.
 */
public final class ProviderStatistics {

    /** How many recent errors are kept, newest first, for the console and health details. */
    public static final int RECENT_ERRORS = 20;

    private final String provider;
    private final LongAdder triggersStarted = new LongAdder();
    private final LongAdder triggersAlreadyStarted = new LongAdder();
    private final LongAdder statusCalls = new LongAdder();
    private final LongAdder cancels = new LongAdder();
    private final LongAdder attempts = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final Map<FailureKind, LongAdder> failures = new EnumMap<>(FailureKind.class);
    private final AtomicLong waitsPending = new AtomicLong();
    private final Timing waits = new Timing();
    private final LongAdder polls = new LongAdder();
    private final LongAdder waitsTakenOver = new LongAdder();
    private final LongAdder outcomesDelivered = new LongAdder();
    private final LongAdder outcomesDeliveredAgain = new LongAdder();
    private final Timing rateLimitDelays = new Timing();
    private final AtomicLong authFailuresInARow = new AtomicLong();
    private volatile RecentError lastAuthFailure;
    private final Deque<RecentError> recentErrors = new ArrayDeque<>(RECENT_ERRORS);
    private final Set<LongSupplier> rateLimitBacklogs = ConcurrentHashMap.newKeySet();

    public ProviderStatistics(String provider) {
        this.provider = provider;
        for (FailureKind kind : FailureKind.values()) {
            failures.put(kind, new LongAdder());
        }
    }

    public String provider() {
        return provider;
    }

    // ---- recording (the component's sending path) ----

    /** A call (one attempt) is about to go out. */
    public void attempted() {
        attempts.increment();
    }

    /**
     * The provider answered an attempt; {@code failure} null for a success, else the answer or transport failure.
     *
     * @param authenticationRefused whether the provider's client took the answer as a refusal of the credentials
     */
    public void answered(Exception failure, boolean refusedUnprocessed, boolean authenticationRefused) {
        if (failure == null) {
            authFailuresInARow.set(0);
            return;
        }
        if (refusedUnprocessed) {
            throttled.increment();
        }
        if (failure instanceof WorkflowRunException answer && !refusedUnprocessed) {
            if (authenticationRefused) {
                authFailuresInARow.incrementAndGet();
                lastAuthFailure = new RecentError(Instant.now(), null, FailureKind.AUTHENTICATION, failure.getMessage());
            } else {
                // an answer that is not a refusal of the credentials shows they were taken
                authFailuresInARow.set(0);
            }
        }
    }

    /** A failed attempt will be sent again. */
    public void resending() {
        retried.increment();
    }

    /** A call waited for its rate-limit slot. */
    public void delayedByRateLimit(long nanos) {
        rateLimitDelays.record(nanos);
    }

    /** A limiter the provider's calls take slots from; its backlog is the wait a call taking a slot now would have. */
    public void rateLimiter(LongSupplier backlogNanos) {
        rateLimitBacklogs.add(backlogNanos);
    }

    /** An operation came to its answer (for a trigger: its run was started, or found already started). */
    public void succeeded(WorkflowRunOperation operation, WorkflowRun run) {
        switch (operation) {
            case trigger -> {
                triggersStarted.increment();
                if (run != null && run.alreadyStarted()) {
                    triggersAlreadyStarted.increment();
                }
            }
            case status -> statusCalls.increment();
            case cancel -> cancels.increment();
        }
    }

    /**
     * An exchange failed.
     *
     * @param throttling        whether the provider's client took the failure's answer as throttling
     * @param credentialsRefused whether the provider's client took the failure's answer as a refusal of the credentials
     */
    public void failed(WorkflowRunOperation operation, Throwable failure, boolean throttling, boolean credentialsRefused) {
        FailureKind kind = FailureKind.of(failure, throttling, credentialsRefused);
        failures.get(kind).increment();
        RecentError error = new RecentError(Instant.now(), operation, kind, failure.getMessage());
        synchronized (recentErrors) {
            if (recentErrors.size() == RECENT_ERRORS) {
                recentErrors.removeLast();
            }
            recentErrors.addFirst(error);
        }
    }

    /** A wait for a run's outcome began. */
    public void waitStarted() {
        waitsPending.incrementAndGet();
    }

    /** A wait ended, however, after this long. */
    public void waitEnded(long nanos) {
        waitsPending.decrementAndGet();
        waits.record(nanos);
    }

    /** A wait polled the run's status. */
    public void polled() {
        polls.increment();
    }

    /** A durable wait of an instance that stopped or died was taken over from the run journal. */
    public void waitTakenOver() {
        waitsTakenOver.increment();
    }

    /** A durable wait's outcome was sent to outcomeUri; {@code attempt} 1 for its first delivery. */
    public void outcomeDelivered(int attempt) {
        outcomesDelivered.increment();
        if (attempt > 1) {
            outcomesDeliveredAgain.increment();
        }
    }

    // ---- reading ----

    public long triggersStarted() {
        return triggersStarted.sum();
    }

    /** Triggers whose idempotency key found a run already started (counted in {@link #triggersStarted} too). */
    public long triggersAlreadyStarted() {
        return triggersAlreadyStarted.sum();
    }

    public long statusCalls() {
        return statusCalls.sum();
    }

    public long cancels() {
        return cancels.sum();
    }

    /** Calls sent (attempts, resends and polls included). */
    public long attempts() {
        return attempts.sum();
    }

    /** Answers that refused a call unprocessed (throttling), resent or not. */
    public long throttled() {
        return throttled.sum();
    }

    /** Attempts sent again after a failure. */
    public long retried() {
        return retried.sum();
    }

    public long failures(FailureKind kind) {
        return failures.get(kind).sum();
    }

    public long failures() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Triggers sent without an answer: the run may exist (also counted in {@link #failures(FailureKind)}). */
    public long maybeStarted() {
        return failures(FailureKind.MAYBE_STARTED);
    }

    public long waitsPending() {
        return waitsPending.get();
    }

    public long waitsEnded() {
        return waits.count();
    }

    public double waitSeconds() {
        return waits.totalSeconds();
    }

    public long polls() {
        return polls.sum();
    }

    /** Durable waits taken over from instances that stopped or died. */
    public long waitsTakenOver() {
        return waitsTakenOver.sum();
    }

    /** Outcomes of durable waits sent to outcomeUri. */
    public long outcomesDelivered() {
        return outcomesDelivered.sum();
    }

    /** Of those, the ones delivered again (an instance died while delivering them before). */
    public long outcomesDeliveredAgain() {
        return outcomesDeliveredAgain.sum();
    }

    /** Calls that waited for a rate-limit slot. */
    public long rateLimitDelayed() {
        return rateLimitDelays.count();
    }

    public double rateLimitDelaySeconds() {
        return rateLimitDelays.totalSeconds();
    }

    public double rateLimitMaxDelaySeconds() {
        return rateLimitDelays.maxSeconds();
    }

    /** The longest wait a call taking a rate-limit slot now would have, over this provider's limiters. */
    public long rateLimitBacklogMillis() {
        long nanos = 0;
        for (LongSupplier backlog : rateLimitBacklogs) {
            nanos = Math.max(nanos, backlog.getAsLong());
        }
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** Answers in a row that refused the credentials: 0 once the provider takes them again. */
    public long authenticationFailuresInARow() {
        return authFailuresInARow.get();
    }

    /** The last answer that refused the credentials, or null. */
    public RecentError lastAuthenticationFailure() {
        return lastAuthFailure;
    }

    /** The latest failed exchanges, newest first. */
    public List<RecentError> recentErrors() {
        synchronized (recentErrors) {
            return Collections.unmodifiableList(new ArrayList<>(recentErrors));
        }
    }

    /** One failure, as the component's own message told it (which names no secret). */
    public record RecentError(Instant at, WorkflowRunOperation operation, FailureKind kind, String message) {
    }

    /** A count, a sum and a maximum of durations. */
    private static final class Timing {
        private final LongAdder count = new LongAdder();
        private final LongAdder totalNanos = new LongAdder();
        private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);

        void record(long nanos) {
            count.increment();
            totalNanos.add(nanos);
            maxNanos.accumulate(nanos);
        }

        long count() {
            return count.sum();
        }

        double totalSeconds() {
            return totalNanos.sum() / 1e9;
        }

        double maxSeconds() {
            return maxNanos.get() / 1e9;
        }
    }
}
