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
package io.workflowrun.camel;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import io.workflowrun.camel.spi.WorkflowRunProvider;

/** The providers on the class path, by id, found through {@link ServiceLoader}. */
final class WorkflowRunProviders {

    private final Map<String, WorkflowRunProvider> byId = new TreeMap<>();

    WorkflowRunProviders(ClassLoader classLoader) {
        for (WorkflowRunProvider provider : ServiceLoader.load(WorkflowRunProvider.class, classLoader)) {
            byId.putIfAbsent(provider.id(), provider);
        }
    }

    WorkflowRunProvider find(String id) {
        WorkflowRunProvider provider = id == null ? null : byId.get(id);
        if (provider == null) {
            throw new IllegalArgumentException(
                    "Unknown provider '" + id + "' in the endpoint URI; known providers: " + String.join(", ", byId.keySet()));
        }
        return provider;
    }
}
