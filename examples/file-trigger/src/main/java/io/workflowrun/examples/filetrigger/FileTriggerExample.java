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
package io.workflowrun.examples.filetrigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.util.StringHelper;
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
    private static final String COMPONENT = "camel.component.workflowrun.";
    private static final String SIMULATOR = "workflowrun.simulator.";

    private FileTriggerExample() {
    }

    public static void main(String[] args) {
        try {
            run(Paths.get(env("WORKFLOWRUN_EXAMPLE_WORK", "target/file-trigger-work")),
                    Paths.get(env("WORKFLOWRUN_EXAMPLE_SAMPLES", samplesDir())), env("WORKFLOWRUN_PROVIDER", "dify"));
        } catch (Exception e) {
            // on stderr, which Maven's -q leaves alone; and exit, because a Camel Main that failed to start leaves its
            // idle-timeout timer thread (not a daemon) behind, and that thread would keep the JVM, and Maven, alive
            System.err.println("The file-trigger example failed: " + reason(e));
            if ("real".equalsIgnoreCase(System.getenv("WORKFLOWRUN_TARGET"))) {
                System.err.println("With WORKFLOWRUN_TARGET=real, the provider's settings come from the WORKFLOWRUN_* environment"
                                   + " variables: see examples/file-trigger/README.md");
            }
            System.exit(1);
        }
    }

    /** The innermost cause's message, which names what is wrong (outer ones may only say where it was found). */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
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
                if (!simulator.providers().contains(provider)) {
                    throw new IllegalArgumentException("WORKFLOWRUN_PROVIDER=" + provider + " is not one of " + simulator.providers());
                }
                LOG.info("Targeting the simulator for {} at {} (set WORKFLOWRUN_TARGET=real for the real service)",
                        provider, simulator.baseUrl(provider));
                main.addOverrideProperty("workflowrun.provider", provider);
                main.addOverrideProperty("camel.component.workflowrun.base-url", simulator.baseUrl(provider));
                simulatorSettings(WorkflowRunSimulator.sample(provider)).forEach(main::addOverrideProperty);
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

    /**
     * The provider's sample, under the names application.properties uses, so that these replace its values: the
     * simulator's workflow and keys always, its made-up settings where the application leaves one empty (so the
     * application's own, such as its user, stay).
     */
    static Map<String, String> simulatorSettings(ProviderSample sample) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("workflowrun.workflow-id", sample.workflowId());
        sample.credentials().forEach((option, value) -> {
            // the option names a placeholder, as it would an environment variable or vault: Camel warns of a secret
            // option set to plain text (the simulator's keys are no secret, but the warning would alarm all the same)
            String name = SIMULATOR + StringHelper.camelCaseToDash(option);
            settings.put(name, value);
            settings.put(COMPONENT + StringHelper.camelCaseToDash(option), "{{" + name + "}}");
        });
        try (CamelContext application = new DefaultCamelContext()) {
            application.getPropertiesComponent().setLocation("classpath:application.properties");
            sample.settings().forEach((option, value) -> {
                String name = COMPONENT + StringHelper.camelCaseToDash(option);
                if (application.getPropertiesComponent().resolveProperty(name).filter(set -> !set.isBlank()).isEmpty()) {
                    settings.put(name, value);
                }
            });
        }
        return settings;
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
