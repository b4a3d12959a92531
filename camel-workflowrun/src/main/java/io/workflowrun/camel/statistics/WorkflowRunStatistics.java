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
package io.workflowrun.camel.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The statistics of one component, per provider; a provider appears once one of its endpoints is made. */
public final class WorkflowRunStatistics {

    private final Map<String, ProviderStatistics> providers = new ConcurrentSkipListMap<>();
    private final List<Consumer<ProviderStatistics>> listeners = new CopyOnWriteArrayList<>();

    /** The provider's statistics, made on first use (and then told to the listeners). */
    public ProviderStatistics of(String provider) {
        ProviderStatistics existing = providers.get(provider);
        return existing != null ? existing : make(provider);
    }

    /**
     * Made under the lock that {@link #addListener} takes, so that a listener learns of every provider once: those
     * before it when it is added, those after it as they are made.
     */
    private synchronized ProviderStatistics make(String provider) {
        ProviderStatistics existing = providers.get(provider);
        if (existing != null) {
            return existing;
        }
        ProviderStatistics made = new ProviderStatistics(provider);
        providers.put(provider, made);
        listeners.forEach(listener -> listener.accept(made));
        return made;
    }

    /** Tells the listener of every provider's statistics: at once of those already made, later of each new one. */
    public synchronized void addListener(Consumer<ProviderStatistics> listener) {
        listeners.add(listener);
        providers.values().forEach(listener);
    }

    public void removeListener(Consumer<ProviderStatistics> listener) {
        listeners.remove(listener);
    }

    /** Every provider's, in the order of their ids. */
    public Collection<ProviderStatistics> providers() {
        return Collections.unmodifiableCollection(providers.values());
    }
}
