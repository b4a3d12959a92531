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
package io.workflowrun.examples.resttrigger;

import java.util.HashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Unless {@code workflowrun.target=real}: starts the provider simulator on loopback ports and points the component at
 * it, with the simulator's sample for the chosen provider (its keys, and made-up IDs). Applied after the
 * {@code camel.component.workflowrun.*} properties, so it wins over them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "workflowrun.target", havingValue = "simulator", matchIfMissing = true)
public class SimulatorTarget {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorTarget.class);

    @Bean(destroyMethod = "close")
    public WorkflowRunSimulator workflowRunSimulator() {
        return WorkflowRunSimulator.start();
    }

    @Bean
    public ComponentCustomizer workflowRunOnSimulator(WorkflowRunSimulator simulator,
                                                      @Value("${workflowrun.provider}") String provider, Environment environment) {
        if (!simulator.providers().contains(provider)) {
            throw new IllegalArgumentException("workflowrun.provider (WORKFLOWRUN_PROVIDER) is '" + provider
                                               + "'; the simulator serves " + simulator.providers());
        }
        // the simulator's keys always; its made-up settings where the application leaves one empty (so the application's
        // own, such as its user, stay); no workflow: the API's path names it
        ProviderSample sample = WorkflowRunSimulator.sample(provider);
        Map<String, Object> options = new HashMap<>(sample.credentials());
        sample.settings().forEach((option, value) -> {
            if (!StringUtils.hasText(environment.getProperty("camel.component.workflowrun." + StringHelper.camelCaseToDash(option)))) {
                options.put(option, value);
            }
        });
        options.put("baseUrl", simulator.baseUrl(provider));
        return ComponentCustomizer.builder(WorkflowRunComponent.class)
                .withOrder(Ordered.LOWEST)
                .build(component -> {
                    PropertyBindingSupport.build().withMandatory(true).withRemoveParameters(false)
                            .bind(component.getCamelContext(), component.getConfiguration(), options);
                    LOG.info("Targeting the simulator for {} at {} (WORKFLOWRUN_TARGET=real for the real service)",
                            provider, simulator.baseUrl(provider));
                });
    }
}
