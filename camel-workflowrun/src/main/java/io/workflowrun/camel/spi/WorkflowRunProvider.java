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

/**
 * A hosted workflow service. Implementations are registered in
 * {@code META-INF/services/io.workflowrun.camel.spi.WorkflowRunProvider} (one line each) and carry a
 * {@link ProviderDeclaration}: its id, options and headers. The core finds a provider by its id and reads everything
 * else from the declaration, so it never names one.
 */
public interface WorkflowRunProvider {

    /** The id used in the endpoint URI, e.g. {@code dify}: the one its {@link ProviderDeclaration} gives. */
    default String id() {
        return declaration().id();
    }

    /** The provider's declaration. */
    default ProviderDeclaration declaration() {
        ProviderDeclaration declaration = getClass().getAnnotation(ProviderDeclaration.class);
        if (declaration == null) {
            throw new IllegalStateException(getClass().getName() + " has no @ProviderDeclaration");
        }
        return declaration;
    }

    /**
     * The provider's documented request rate limit per credential, in requests per second, used when the endpoint sets
     * no {@code rateLimit}; 0 for none documented. Endpoints share it when they use the same value of the option the
     * declaration marks {@link ProviderOption#identifiesCredential()}.
     */
    default double defaultRateLimit() {
        return 0;
    }

    /**
     * Checks the endpoint's settings and returns the client that serves that endpoint. Called once, when the endpoint
     * is created (after the options the declaration marks required were found set), so that a wrong configuration
     * fails early.
     *
     * @throws IllegalArgumentException naming the missing or bad option
     */
    ProviderClient bind(EndpointSettings settings);
}
