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
package io.workflowrun.camel.spi;

import io.workflowrun.camel.WorkflowRunConfiguration;

/**
 * A hosted workflow service. Implementations are listed in
 * {@code META-INF/services/io.workflowrun.camel.spi.WorkflowRunProvider} and found by {@link #id()}, so the core never
 * names one.
 */
public interface WorkflowRunProvider {

    /** The id used in the endpoint URI, e.g. {@code dify}. */
    String id();

    /**
     * The provider's documented request rate limit per credential, in requests per second, used when the endpoint sets
     * no {@code rateLimit}; 0 for none documented.
     */
    default double defaultRateLimit() {
        return 0;
    }

    /**
     * Checks the endpoint's configuration and returns the client that serves that endpoint. Called once, when the
     * endpoint is created, so that a wrong configuration fails early.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    ProviderClient bind(WorkflowRunConfiguration configuration);
}
