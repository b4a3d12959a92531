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

/**
 * Spaces the calls of one provider and credential. A call reserves a slot and is told how long to wait for it; the
 * caller then schedules the call on the component's timer, so no thread waits.
 */
public interface CallRateLimiter {

    /**
     * Reserves a slot.
     *
     * @return the nanoseconds to wait before using it (0: now)
     * @throws RuntimeException when no slot could be reserved (a shared store that cannot be reached); the message
     *                          names the store and says why, and holds no credential
     */
    long reserve();

    /** The wait a call reserving a slot now would have, as far as this instance knows (0: none); cheap to read. */
    long backlogNanos();
}
