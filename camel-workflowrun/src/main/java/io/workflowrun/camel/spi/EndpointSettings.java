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

/** What a provider reads of an endpoint when it binds to it: the URI's parts, the base URL and its declared options. */
public interface EndpointSettings {

    /** The provider id of the endpoint URI. */
    String getProvider();

    /** The workflow of the endpoint URI; null when not given. */
    String getWorkflowId();

    /** The baseUrl option as set; null when not set. */
    String getBaseUrl();

    /**
     * This endpoint's values of the options the provider declared (see {@link ProviderDeclaration#options()}).
     *
     * @throws IllegalArgumentException when the type is not an options interface of a registered provider
     */
    <T> T options(Class<T> declared);
}
