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
package io.workflowrun.camel.bucket4j;

import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.workflowrun.camel.ratelimit.CallRateLimiter;

/**
 * One shared bucket: a reservation takes its token even when it is not there yet ({@code consumeIgnoringRateLimits}),
 * which answers the nanoseconds until it is, so the caller schedules the call for then without a thread waiting.
 */
final class Bucket4jRateLimiter implements CallRateLimiter {

    private final Bucket bucket;
    private final String store;
    // the end of the last slot this instance reserved: the backlog the statistics read without asking the store
    private final AtomicLong lastSlotNanos = new AtomicLong(System.nanoTime());

    Bucket4jRateLimiter(Bucket bucket, String store) {
        this.bucket = bucket;
        this.store = store;
    }

    @Override
    public long reserve() {
        long start = System.nanoTime();
        long slotNanos;
        try {
            slotNanos = bucket.consumeIgnoringRateLimits(1);
        } catch (RuntimeException e) {
            // never send unlimited: the caller fails the call unsent with this message
            throw new IllegalStateException("the shared rate limit store (option rateLimitStore: " + store
                                            + ") could not reserve a slot (" + rootMessage(e) + ")", e);
        }
        // the wait counts from when the store read its clock, not from its answer: a slow round trip must not push
        // the call later (nor a fast one earlier) than its slot; whole milliseconds up, as the store's clock and the
        // timer count them, so that no call goes out before its slot
        long now = System.nanoTime();
        long waitNanos = Math.max(0, slotNanos - (now - start));
        waitNanos = (waitNanos + 999_999) / 1_000_000 * 1_000_000;
        lastSlotNanos.accumulateAndGet(now + waitNanos, Math::max);
        return waitNanos;
    }

    @Override
    public long backlogNanos() {
        return Math.max(0, lastSlotNanos.get() - System.nanoTime());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
