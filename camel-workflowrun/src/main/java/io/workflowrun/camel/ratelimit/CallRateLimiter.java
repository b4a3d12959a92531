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
package io.workflowrun.camel.ratelimit;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Spaces the calls of one provider and credential. A call reserves a slot and learns when it is; the caller then
 * schedules the call for then on the component's timer, so no thread waits.
 */
public interface CallRateLimiter {

    /**
     * Reserves a slot. Called on whatever thread sends the call (a route's, the component's timer, an HTTP client I/O
     * thread once an access token arrived): it must not block it.
     *
     * @param  blocking runs a reservation that blocks its thread (a transaction on a JDBC store): a small pool the
     *                  component owns. A limiter that answers in memory, or through its store's asynchronous API, does
     *                  not need it.
     * @return          completes with the slot's instant on {@link System#nanoTime()}'s scale (one already past: at
     *                  once), or exceptionally when no slot could be reserved (a shared store that cannot be reached):
     *                  the failure's message names the store and says why, and holds no credential
     * @throws java.util.concurrent.RejectedExecutionException when {@code blocking} refuses the reservation (the
     *                                                         component is stopping)
     */
    CompletionStage<Long> reserve(Executor blocking);

    /** The wait a call reserving a slot now would have, as far as this instance knows (0: none); cheap to read. */
    long backlogNanos();
}
