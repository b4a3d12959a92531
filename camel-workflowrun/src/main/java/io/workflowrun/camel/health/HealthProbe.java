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
package io.workflowrun.camel.health;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The probe of one provider and credential, shared by the endpoints that use them: at most one probe in flight, and
 * at most one started per interval, however many endpoints and health checks ask. A check never waits for it: it reads
 * the last answer, and starts the next probe in the background when one is due.
 */
public final class HealthProbe {

    private static final long NEVER = Long.MIN_VALUE;

    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicLong lastStartNanos = new AtomicLong(NEVER);
    private final AtomicLong sent = new AtomicLong();
    private volatile ProbeAnswer last;

    /**
     * Starts a probe when none is in flight and the last started at least {@code intervalMillis} ago; returns the last
     * answer (null before the first comes).
     *
     * @param send          sends the probe, without blocking, and completes with its answer
     * @param timeoutMillis a probe with no answer by then counts as unreachable, and the next one may start
     */
    public ProbeAnswer poll(Supplier<CompletableFuture<ProbeAnswer>> send, long intervalMillis, long timeoutMillis) {
        long now = System.nanoTime();
        long lastStart = lastStartNanos.get();
        boolean due = lastStart == NEVER || now - lastStart >= TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        if (due && inFlight.compareAndSet(false, true)) {
            if (lastStartNanos.compareAndSet(lastStart, now)) {
                start(send, timeoutMillis);
            } else {
                inFlight.set(false);
            }
        }
        return last;
    }

    private void start(Supplier<CompletableFuture<ProbeAnswer>> send, long timeoutMillis) {
        sent.incrementAndGet();
        CompletableFuture<ProbeAnswer> answer;
        try {
            answer = send.get();
        } catch (RuntimeException e) {
            answer = CompletableFuture.completedFuture(ProbeAnswer.now(ProbeAnswer.Verdict.NOT_SENT, e.getMessage()));
        }
        // a copy: the sender's own future is not completed from here
        answer.thenApply(a -> a).orTimeout(timeoutMillis, TimeUnit.MILLISECONDS).whenComplete((a, failure) -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            last = failure == null ? a
                    : ProbeAnswer.now(ProbeAnswer.Verdict.UNREACHABLE, cause instanceof TimeoutException
                            ? "no answer within " + timeoutMillis + " ms" : String.valueOf(cause.getMessage()));
            inFlight.set(false);
        });
    }

    /** Whether a probe is out and has not come back yet. */
    public boolean inFlight() {
        return inFlight.get();
    }

    /** How many probes were started. */
    public long sent() {
        return sent.get();
    }

    /** The last answer, or null before the first comes. */
    public ProbeAnswer last() {
        return last;
    }
}
