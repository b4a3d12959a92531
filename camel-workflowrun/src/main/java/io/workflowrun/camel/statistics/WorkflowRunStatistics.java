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
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** The statistics of one component, per provider; a provider appears once one of its endpoints is made. */
public final class WorkflowRunStatistics {

    private final Map<String, ProviderStatistics> providers = new ConcurrentSkipListMap<>();

    /** The provider's statistics, made on first use. */
    public ProviderStatistics of(String provider) {
        return providers.computeIfAbsent(provider, ProviderStatistics::new);
    }

    /** Every provider's, in the order of their ids. */
    public Collection<ProviderStatistics> providers() {
        return Collections.unmodifiableCollection(providers.values());
    }
}
