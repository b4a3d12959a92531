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
package io.workflowrun.docs.routes;

import java.util.Map;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes a provider's page shows (in Java DSL here, in YAML DSL in {@code routes/<provider>.camel.yaml}), and what
 * their placeholders stand for: DocsRoutesTest fills each from the provider's simulator sample and runs the routes.
 */
public abstract class ProviderPageRoutes extends RouteBuilder {

    private final String provider;
    private final Map<String, String> placeholders;

    /**
     * @param provider     the provider the page is about; its routes start at {@code direct:<provider>}
     * @param placeholders each placeholder the routes name, with the endpoint option whose value it holds
     *                     ({@code workflowId} and {@code baseUrl} included)
     */
    protected ProviderPageRoutes(String provider, Map<String, String> placeholders) {
        this.provider = provider;
        this.placeholders = Map.copyOf(placeholders);
    }

    public String provider() {
        return provider;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }

    @Override
    public String toString() {
        return provider;
    }
}
