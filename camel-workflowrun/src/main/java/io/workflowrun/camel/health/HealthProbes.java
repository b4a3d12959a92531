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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One component's probes, one per provider and credential. */
public final class HealthProbes {

    private final Map<String, HealthProbe> probes = new ConcurrentHashMap<>();

    /**
     * The probe of a provider and credential, made on first use.
     *
     * @param key names the provider and credential; kept in memory only, never shown
     */
    public HealthProbe of(String key) {
        return probes.computeIfAbsent(key, k -> new HealthProbe());
    }
}
