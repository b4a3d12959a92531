package io.workflowrun.examples.resttrigger;

import java.util.Map;
import java.util.function.Consumer;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Ordered;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Unless {@code workflowrun.target=real}: starts the provider simulator on loopback ports and points the component at
 * it, with the simulator's keys and made-up settings for the chosen provider. Applied after the
 * {@code camel.component.workflowrun.*} properties, so it wins over them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "workflowrun.target", havingValue = "simulator", matchIfMissing = true)
public class SimulatorTarget {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorTarget.class);

    /** What each provider needs besides keys and base URL; made up, the simulator accepts any. */
    private static final Map<String, Consumer<WorkflowRunConfiguration>> SETTINGS = Map.of(
            "dify", c -> c.setApiKey(WorkflowRunSimulator.API_KEY),
            "interactly", c -> {
                c.setApiKey(WorkflowRunSimulator.API_KEY);
                c.setTeamId("team-example");
            },
            "tencent-wedata", c -> {
                signed(c);
                c.setRegion("ap-guangzhou");
                c.setProjectId("3126203945134080");
            },
            "alibaba-schedulerx", c -> {
                signed(c);
                c.setRegion("cn-hangzhou");
                c.setNamespace("adcfc35d-e2fe-4fe9-bbaa-20e90ffc0000");
                c.setGroupId("example.defaultGroup");
            },
            "huawei-functiongraph", c -> {
                signed(c);
                c.setRegion("cn-north-4");
                c.setProjectId("0b8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d");
            });

    @Bean(destroyMethod = "close")
    public WorkflowRunSimulator workflowRunSimulator() {
        return WorkflowRunSimulator.start();
    }

    @Bean
    public ComponentCustomizer workflowRunOnSimulator(WorkflowRunSimulator simulator,
                                                      @Value("${workflowrun.provider}") String provider) {
        Consumer<WorkflowRunConfiguration> settings = SETTINGS.get(provider);
        if (settings == null) {
            throw new IllegalArgumentException("workflowrun.provider (WORKFLOWRUN_PROVIDER) is '" + provider
                                               + "'; the simulator serves " + SETTINGS.keySet());
        }
        return ComponentCustomizer.builder(WorkflowRunComponent.class)
                .withOrder(Ordered.LOWEST)
                .build(component -> {
                    WorkflowRunConfiguration configuration = component.getConfiguration();
                    configuration.setBaseUrl(simulator.baseUrl(provider));
                    settings.accept(configuration);
                    LOG.info("Targeting the simulator for {} at {} (WORKFLOWRUN_TARGET=real for the real service)",
                            provider, simulator.baseUrl(provider));
                });
    }

    private static void signed(WorkflowRunConfiguration configuration) {
        configuration.setAccessKey(WorkflowRunSimulator.ACCESS_KEY);
        configuration.setSecretKey(WorkflowRunSimulator.SECRET_KEY);
    }
}
