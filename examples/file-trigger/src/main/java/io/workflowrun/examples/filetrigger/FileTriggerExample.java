package io.workflowrun.examples.filetrigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the file-trigger route (src/main/resources/routes.camel.yaml) over the sample files, then exits.
 * <p>
 * By default it starts the simulator in-process and points the component at it. With {@code WORKFLOWRUN_TARGET=real}
 * it targets the real service configured by the {@code WORKFLOWRUN_*} environment variables (see the README).
 */
public final class FileTriggerExample {

    private static final Logger LOG = LoggerFactory.getLogger(FileTriggerExample.class);

    /** Made-up settings each provider needs, for the simulator only. */
    private static final Map<String, Map<String, String>> SIMULATED = Map.of(
            "dify", Map.of("workflowrun.workflow-id", ""),
            "interactly", Map.of("workflowrun.workflow-id", "5eb7cf5a86d9755df3a6c593", "camel.component.workflowrun.team-id", "team-example"),
            "tencent-wedata", Map.of("workflowrun.workflow-id", "9f551833-2150-4772-8ec1-78019779617c",
                    "camel.component.workflowrun.region", "ap-guangzhou", "camel.component.workflowrun.project-id", "3126203945134080"),
            "alibaba-schedulerx", Map.of("workflowrun.workflow-id", "111", "camel.component.workflowrun.region", "cn-hangzhou",
                    "camel.component.workflowrun.namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc0000",
                    "camel.component.workflowrun.group-id", "example.defaultGroup"),
            "huawei-functiongraph", Map.of("workflowrun.workflow-id", "3b5fc7d3-8c9a-4d8e-9a51-0a8b7c6d5e4f",
                    "camel.component.workflowrun.region", "cn-north-4",
                    "camel.component.workflowrun.project-id", "0b8b1c2d3e4f5a6b7c8d9e0f1a2b3c4d"));

    private FileTriggerExample() {
    }

    public static void main(String[] args) throws Exception {
        run(Paths.get(env("WORKFLOWRUN_EXAMPLE_WORK", "target/file-trigger-work")), Paths.get(env("WORKFLOWRUN_EXAMPLE_SAMPLES", samplesDir())),
                env("WORKFLOWRUN_PROVIDER", "dify"));
    }

    /** Seeds the inbox with the samples and runs the route until the inbox is idle; returns the runs the simulator started. */
    public static int run(Path work, Path samples, String provider) throws Exception {
        seedInbox(work, samples);
        Main main = new Main(FileTriggerExample.class);
        main.addOverrideProperty("example.work", work.toAbsolutePath().toString());
        boolean real = "real".equalsIgnoreCase(System.getenv("WORKFLOWRUN_TARGET"));
        WorkflowRunSimulator simulator = real ? null : WorkflowRunSimulator.start();
        try {
            if (simulator != null) {
                Map<String, String> settings = SIMULATED.get(provider);
                if (settings == null) {
                    throw new IllegalArgumentException("WORKFLOWRUN_PROVIDER=" + provider + " is not one of " + SIMULATED.keySet());
                }
                LOG.info("Targeting the simulator for {} at {} (set WORKFLOWRUN_TARGET=real for the real service)",
                        provider, simulator.baseUrl(provider));
                main.addOverrideProperty("workflowrun.provider", provider);
                main.addOverrideProperty("camel.component.workflowrun.base-url", simulator.baseUrl(provider));
                main.addOverrideProperty("camel.component.workflowrun.api-key", WorkflowRunSimulator.API_KEY);
                main.addOverrideProperty("camel.component.workflowrun.access-key", WorkflowRunSimulator.ACCESS_KEY);
                main.addOverrideProperty("camel.component.workflowrun.secret-key", WorkflowRunSimulator.SECRET_KEY);
                settings.forEach(main::addOverrideProperty);
            }
            main.run();
            return simulator == null ? -1 : simulator.runs().size();
        } finally {
            if (simulator != null) {
                LOG.info("The simulator started {} run(s)", simulator.runs().size());
                simulator.close();
            }
        }
    }

    private static void seedInbox(Path work, Path samples) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        try (Stream<Path> files = Files.list(samples)) {
            for (Path sample : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.copy(sample, inbox.resolve(sample.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String samplesDir() {
        // run from the repository root or from the example's own folder
        return Files.isDirectory(Paths.get("samples")) ? "samples" : "examples/file-trigger/samples";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
