package io.workflowrun.examples.queuetrigger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The settings that point the application at the simulator, ahead of application.properties: the simulator's base URL
 * for the chosen provider, the keys it accepts, and the made-up IDs that provider needs.
 */
final class SimulatorPropertySource extends EnumerablePropertySource<String> {

    private static final String COMPONENT = "camel.component.workflowrun.";
    private static final String BASE_URL = COMPONENT + "base-url";
    private static final String WORKFLOW_ID = "workflowrun.workflow-id";

    /** Made-up settings each provider needs, for the simulator only. */
    private static final Map<String, Map<String, String>> SIMULATED = Map.of(
            "dify", Map.of(WORKFLOW_ID, ""),
            "interactly", Map.of(WORKFLOW_ID, "5eb7cf5a86d9755df3a6c593", COMPONENT + "team-id", "team-example"),
            "tencent-wedata", Map.of(WORKFLOW_ID, "9f551833-2150-4772-8ec1-78019779617c",
                    COMPONENT + "region", "ap-guangzhou", COMPONENT + "project-id", "3126203945134080"),
            "alibaba-schedulerx", Map.of(WORKFLOW_ID, "111", COMPONENT + "region", "cn-hangzhou",
                    COMPONENT + "namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc0000", COMPONENT + "group-id", "example.defaultGroup"),
            "huawei-functiongraph", Map.of(WORKFLOW_ID, "3b5fc7d3-8c9a-4d8e-9a51-0a8b7c6d5e4f",
                    COMPONENT + "region", "cn-north-4", COMPONENT + "project-id", "0b8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d"));

    private final String provider;
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private final Supplier<WorkflowRunSimulator> simulator;

    SimulatorPropertySource(String provider, Supplier<WorkflowRunSimulator> simulator) {
        super("workflowrun-simulator", provider);
        Map<String, String> settings = SIMULATED.get(provider);
        if (settings == null) {
            throw new IllegalArgumentException("workflowrun.provider (WORKFLOWRUN_PROVIDER) is '" + provider
                                               + "': the simulator serves " + SIMULATED.keySet());
        }
        this.provider = provider;
        this.simulator = simulator;
        fixed.put(COMPONENT + "api-key", WorkflowRunSimulator.API_KEY);
        fixed.put(COMPONENT + "access-key", WorkflowRunSimulator.ACCESS_KEY);
        fixed.put(COMPONENT + "secret-key", WorkflowRunSimulator.SECRET_KEY);
        fixed.putAll(settings);
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
