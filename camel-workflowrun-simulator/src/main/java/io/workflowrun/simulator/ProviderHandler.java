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
package io.workflowrun.simulator;

/**
 * One emulated provider API. Each is served on its own loopback port, so official SDKs that always call {@code /} can
 * be pointed at it. Implementations are listed in {@code META-INF/services/io.workflowrun.simulator.ProviderHandler}.
 */
public interface ProviderHandler {

    /** The provider id, as in the component's URI. */
    String id();

    /** The path prefix of the provider's API on its port, appended to the base URL users configure (e.g. "/v1"). */
    default String basePath() {
        return "";
    }

    /**
     * The settings with which a {@code workflowrun} endpoint starts runs on this handler: a workflow ID of the provider's
     * form, its required options with made-up values this handler accepts, and the simulator's keys. Tests, examples,
     * benchmarks and the docs' tests take the provider's settings from here, so no file outside the provider's own
     * names them.
     */
    ProviderSample sample();

    /** Answers one request. Called concurrently. */
    SimulatorResponse handle(SimulatorRequest request, SimulatorContext context);

    /** Goes back to the handler's own default settings, when the simulator is {@linkplain WorkflowRunSimulator#reset() reset}. */
    default void reset() {
    }

    /** The provider's own answer to a caller over its rate limit, for {@link Fault#providerThrottling()}. */
    default SimulatorResponse throttled(SimulatorRequest request) {
        return SimulatorResponse.text(429, "text/plain", "Too Many Requests");
    }
}
