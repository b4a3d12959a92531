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
import java.util.function.Supplier;

import io.workflowrun.camel.statistics.ProviderStatistics;

/**
 * What a producer's health check reads, given by the Camel-facing package (which this package does not import).
 *
 * @param provider                the provider's id
 * @param endpoint                the endpoint without its options ({@code workflowrun:provider:workflowId}): options may hold
 *                                secrets
 * @param statistics              the provider's statistics
 * @param transport               the state of the component's shared HTTP client
 * @param maxRateLimitWaitMillis  the longest wait for a rate-limit slot that still counts as ready
 * @param probing                 the probe, or null when it is off
 */
public record ProducerHealthTarget(String provider, String endpoint, ProviderStatistics statistics,
        Supplier<TransportState> transport, long maxRateLimitWaitMillis, Probing probing) {

    /**
     * The endpoint's probe.
     *
     * @param probe          the probe of the endpoint's provider and credential
     * @param intervalMillis at most one probe per this many milliseconds
     * @param timeoutMillis  a probe not answered by then counts as unreachable (the endpoint's requestTimeout)
     * @param send           sends one probe, without blocking
     */
    public record Probing(HealthProbe probe, long intervalMillis, long timeoutMillis,
            Supplier<CompletableFuture<ProbeAnswer>> send) {
    }
}
