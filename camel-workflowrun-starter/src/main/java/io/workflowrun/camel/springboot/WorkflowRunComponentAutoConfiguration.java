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
package io.workflowrun.camel.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code workflowrun} component from the {@code camel.component.workflowrun.*} properties when Camel
 * creates it, as Camel's own starters do: a {@link ComponentCustomizer} that copies every property that is set onto
 * the component through its generated configurer. {@code camel.component.workflowrun.enabled=false} turns it off,
 * {@code camel.component.workflowrun.customizer.enabled=false} keeps the component from being customized.
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, WorkflowRunComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, WorkflowRunComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.workflowrun" })
public class WorkflowRunComponentAutoConfiguration {

    private static final String CONFIGURATION = "configuration";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final WorkflowRunComponentConfiguration configuration;

    public WorkflowRunComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
                                                 WorkflowRunComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureWorkflowRunComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.setCamelProperties(camelContext, target, options(), false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.workflowrun.customizer")
                       && target instanceof WorkflowRunComponent;
            }
        };
    }

    /**
     * The options that are set, a {@code configuration} bean first: it replaces the component's whole options object,
     * so set after the single options it would drop them.
     */
    private Map<String, Object> options() {
        Map<String, Object> properties = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        // these belong to the auto-configuration, not to the component
        properties.remove("enabled");
        properties.remove("customizer");
        Map<String, Object> ordered = new LinkedHashMap<>();
        Object shared = properties.remove(CONFIGURATION);
        if (shared != null) {
            ordered.put(CONFIGURATION, shared);
        }
        ordered.putAll(properties);
        return ordered;
    }
}
