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
package io.workflowrun.examples.quarkustrigger;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.util.StringHelper;

/**
 * Starts the simulator on loopback ephemeral ports before the application, points the application's route at its Dify,
 * and hands it to the test's {@link WorkflowRunSimulator} field. Its init arguments are more configuration.
 */
public class SimulatorResource implements QuarkusTestResourceLifecycleManager {

    static final String PROVIDER = "dify";

    private final Map<String, String> more = new LinkedHashMap<>();
    private WorkflowRunSimulator simulator;

    @Override
    public void init(Map<String, String> initArgs) {
        more.putAll(initArgs);
    }

    @Override
    public Map<String, String> start() {
        simulator = WorkflowRunSimulator.start();
        ProviderSample sample = WorkflowRunSimulator.sample(PROVIDER);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("workflowrun.provider", PROVIDER);
        config.put("workflowrun.workflow-id", sample.workflowId());
        config.put("camel.component.workflowrun.base-url", simulator.baseUrl(PROVIDER));
        sample.options().forEach((option, value) -> config.put(
                "camel.component.workflowrun." + StringHelper.camelCaseToDash(option), value));
        config.putAll(more);
        return config;
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(simulator, new TestInjector.MatchesType(WorkflowRunSimulator.class));
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
