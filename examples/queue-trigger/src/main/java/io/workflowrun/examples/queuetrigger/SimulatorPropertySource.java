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
package io.workflowrun.examples.queuetrigger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.util.StringHelper;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * The settings that point the application at the simulator, ahead of application.properties: the simulator's base URL
 * for the chosen provider, and its sample ({@link WorkflowRunSimulator#sample}): the workflow and keys it accepts
 * always, and its made-up settings where the application leaves one empty (so the application's own, such as its
 * user, stay).
 */
final class SimulatorPropertySource extends EnumerablePropertySource<String> {

    private static final String COMPONENT = "camel.component.workflowrun.";
    private static final String BASE_URL = COMPONENT + "base-url";
    private static final String WORKFLOW_ID = "workflowrun.workflow-id";

    private final String provider;
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private final Supplier<WorkflowRunSimulator> simulator;

    /**
     * @param configured the application's settings as they are before this source is added
     */
    SimulatorPropertySource(String provider, PropertyResolver configured, Supplier<WorkflowRunSimulator> simulator) {
        super("workflowrun-simulator", provider);
        ProviderSample sample;
        try {
            sample = WorkflowRunSimulator.sample(provider);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("workflowrun.provider (WORKFLOWRUN_PROVIDER) is '" + provider + "': " + e.getMessage(), e);
        }
        this.provider = provider;
        this.simulator = simulator;
        // under the names application.properties uses, so that these win over its values
        fixed.put(WORKFLOW_ID, sample.workflowId());
        sample.credentials().forEach((option, value) -> fixed.put(COMPONENT + StringHelper.camelCaseToDash(option), value));
        sample.settings().forEach((option, value) -> {
            String name = COMPONENT + StringHelper.camelCaseToDash(option);
            if (!StringUtils.hasText(configured.getProperty(name))) {
                fixed.put(name, value);
            }
        });
    }

    @Override
    public String[] getPropertyNames() {
        String[] names = fixed.keySet().toArray(new String[fixed.size() + 1]);
        names[fixed.size()] = BASE_URL;
        return names;
    }

    @Override
    public Object getProperty(String name) {
        // the simulator's port is known once it has started: it starts with the first bean that reads this
        return BASE_URL.equals(name) ? simulator.get().baseUrl(provider) : fixed.get(name);
    }
}
