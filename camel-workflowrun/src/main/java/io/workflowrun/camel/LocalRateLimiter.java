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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import io.workflowrun.camel.ratelimit.CallRateLimiter;

/**
 * Spaces calls evenly at a fixed rate without blocking: a caller reserves the next free slot and is told how long to
 * wait for it, then schedules its call for then. No burst above the rate, so a provider's per-second limit holds in
 * every second, not just on average. The default: it holds for this JVM only (see {@link io.workflowrun.camel.ratelimit.RateLimitStore}
 * for a limit shared by several). The sender calls {@link #reserveNow()} on its own thread: no future, no hop.
 */
final class LocalRateLimiter implements CallRateLimiter {

    private final long intervalNanos;
    private final AtomicLong nextFreeNanos = new AtomicLong(Long.MIN_VALUE);

    LocalRateLimiter(double permitsPerSecond) {
        this.intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
    }

    @Override
    public CompletionStage<Long> reserve(Executor blocking) {
        long now = System.nanoTime();
        return CompletableFuture.completedFuture(now + reserveNow());
    }

    /** Reserves the next free slot; returns the nanoseconds to wait for it (0: now). */
    long reserveNow() {
        long now = System.nanoTime();
        while (true) {
            long next = nextFreeNanos.get();
            long slot = next == Long.MIN_VALUE || next - now < 0 ? now : next;
            if (nextFreeNanos.compareAndSet(next, slot + intervalNanos)) {
                return slot - now;
            }
        }
    }

    @Override
    public long backlogNanos() {
        long next = nextFreeNanos.get();
        return next == Long.MIN_VALUE ? 0 : Math.max(0, next - System.nanoTime());
    }
}
