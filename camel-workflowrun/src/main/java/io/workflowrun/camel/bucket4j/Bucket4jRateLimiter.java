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

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.workflowrun.camel.ratelimit.CallRateLimiter;

/**
 * One shared bucket: a reservation takes its token even when it is not there yet ({@code consumeIgnoringRateLimits}),
 * which answers the nanoseconds until it is, so the caller schedules the call for then without a thread waiting. Over a
 * store Bucket4j reaches asynchronously (Hazelcast) the reservation is a request whose answer completes the stage; over
 * one it reaches only by blocking (JDBC) it runs on the component's small pool, never on the sending thread.
 * <p>
 * The wait counts from the instant the store computed it with (Bucket4j's verbose answer says which), not from when
 * the reservation started nor from its answer: a JDBC store reads the clock once it holds the bucket's row lock, after
 * the reservations queued before it, and a Hazelcast member when its partition thread runs the entry processor.
 * Counting from the start would send a call early by that queueing, from the answer late by the way back; either
 * bunches calls that the bucket spaced.
 */
final class Bucket4jRateLimiter implements CallRateLimiter {

    private final Bucket bucket;
    private final AsyncBucketProxy asyncBucket;
    private final String store;
    // the last slot this instance reserved: the backlog the statistics read without asking the store
    private final AtomicLong lastSlotNanos = new AtomicLong(System.nanoTime());

    /** Over a blocking store. */
    Bucket4jRateLimiter(Bucket bucket, String store) {
        this.bucket = bucket;
        this.asyncBucket = null;
        this.store = store;
    }

    /** Over a store Bucket4j reaches asynchronously. */
    Bucket4jRateLimiter(AsyncBucketProxy asyncBucket, String store) {
        this.bucket = null;
        this.asyncBucket = asyncBucket;
        this.store = store;
    }

    @Override
    public CompletionStage<Long> reserve(Executor blocking) {
        if (asyncBucket == null) {
            return CompletableFuture.supplyAsync(this::reserveBlocking, blocking);
        }
        CompletableFuture<VerboseResult<Long>> answer;
        try {
            answer = asyncBucket.asVerbose().consumeIgnoringRateLimits(1);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(unreachable(e));
        }
        return answer.handle((reserved, failure) -> {
            if (failure != null) {
                throw unreachable(failure);
            }
            return slot(reserved);
        });
    }

    private long reserveBlocking() {
        VerboseResult<Long> reserved;
        try {
            reserved = bucket.asVerbose().consumeIgnoringRateLimits(1);
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        return slot(reserved);
    }

    /** The slot on this JVM's {@link System#nanoTime()}: the store's instant plus the wait, moved from the wall clock. */
    private long slot(VerboseResult<Long> reserved) {
        long slotWallNanos = reserved.getOperationTimeNanos() + Math.max(0, reserved.getValue());
        long slot = System.nanoTime() + (slotWallNanos - Bucket4jRateLimitStore.WALL_CLOCK.currentTimeNanos());
        lastSlotNanos.accumulateAndGet(slot, Math::max);
        return slot;
    }

    /** Never send unlimited: the caller fails the call unsent with this message. */
    private IllegalStateException unreachable(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return new IllegalStateException("the shared rate limit store (option rateLimitStore: " + store
                                         + ") could not reserve a slot (" + rootMessage(cause) + ")", cause);
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
