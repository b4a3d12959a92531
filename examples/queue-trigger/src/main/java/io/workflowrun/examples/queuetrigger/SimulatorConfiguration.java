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

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Unless {@code workflowrun.target=real}: the simulator, in-process, and the application pointed at it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SimulatorConfiguration.SimulatorTarget.class)
public class SimulatorConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorConfiguration.class);

    @Bean(destroyMethod = "close")
    WorkflowRunSimulator workflowRunSimulator(@Value("${workflowrun.provider:dify}") String provider) {
        WorkflowRunSimulator simulator = WorkflowRunSimulator.start(2);
        LOG.info("Targeting the simulator for {} at {} (WORKFLOWRUN_TARGET=real targets the real service)", provider,
                simulator.baseUrl(provider));
        return simulator;
    }

    /**
     * Static, so that it runs before any bean is created: the simulator's properties are in place before the
     * component's are bound. Their base URL is read from the simulator bean when first asked for.
     */
    @Bean
    static BeanFactoryPostProcessor simulatorProperties(ConfigurableEnvironment environment) {
        return beanFactory -> environment.getPropertySources().addFirst(new SimulatorPropertySource(
                environment.getProperty("workflowrun.provider", "dify"), environment,
                () -> beanFactory.getBean(WorkflowRunSimulator.class)));
    }

    /** {@code workflowrun.target} is {@code simulator} (the default) or {@code real}; anything else is a mistake. */
    static final class SimulatorTarget implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String target = context.getEnvironment().getProperty("workflowrun.target", "").trim();
            if (target.isEmpty() || target.equalsIgnoreCase("simulator")) {
                return true;
            }
            if (target.equalsIgnoreCase("real")) {
                return false;
            }
            throw new IllegalStateException("workflowrun.target (WORKFLOWRUN_TARGET) is '" + target + "': use simulator or real");
        }
    }
}
