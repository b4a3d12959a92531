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
 * Where the rate limits of several instances meet: set as the component's {@code rateLimitStore} option (a bean
 * reference), each provider and credential gets one limit shared by every instance using the same store, instead of
 * one per JVM. Without it, each component limits its own calls in memory.
 */
public interface RateLimitStore {

    /**
     * The limiter of one key.
     *
     * @param key              the provider's ID and a SHA-256 hash of the credential's identity (never the credential
     *                         itself): the same on every instance for the same provider and credential
     * @param permitsPerSecond the rate, the same on every instance that uses the key
     */
    CallRateLimiter limiter(String key, double permitsPerSecond);
}
