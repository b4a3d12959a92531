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
