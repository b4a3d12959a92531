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

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The example as a user runs it: every sample file becomes a run and moves to done/. */
class FileTriggerExampleTest {

    /** Every provider the simulator emulates. */
    static List<String> providers() {
        return WorkflowRunSimulator.providerIds();
    }

    @ParameterizedTest
    @MethodSource("providers")
    void everySampleStartsARunAndMovesToDone(String provider, @TempDir Path work) throws Exception {
        int runs = FileTriggerExample.run(work, Paths.get("samples"), provider);

        assertThat(runs).isEqualTo(3);
        assertThat(names(work.resolve("done"))).containsExactlyInAnyOrder("order-1001.json", "order-1002.json", "order-1003.json");
        assertThat(names(work.resolve("inbox"))).isEmpty();
        assertThat(Files.exists(work.resolve("error"))).isFalse();
    }

    @Test
    void theSimulatorsWorkflowAndKeysReplaceTheApplicationsAndItsSettingsFillOnlyWhatTheApplicationLeavesEmpty() throws Exception {
        ProviderSample sample = ProviderSample.signed("acme", "wf-1", Map.of("region", "r-1", "user", "sample-user"));

        assertThat(FileTriggerExample.simulatorSettings(sample))
                .containsEntry("workflowrun.workflow-id", "wf-1")
                .containsEntry("camel.component.workflowrun.access-key", "{{workflowrun.simulator.access-key}}")
                .containsEntry("workflowrun.simulator.access-key", WorkflowRunSimulator.ACCESS_KEY)
                .containsEntry("camel.component.workflowrun.secret-key", "{{workflowrun.simulator.secret-key}}")
                .containsEntry("workflowrun.simulator.secret-key", WorkflowRunSimulator.SECRET_KEY)
                .containsEntry("camel.component.workflowrun.region", "r-1")
                .as("application.properties sets its own user").doesNotContainKey("camel.component.workflowrun.user");
    }

    @Test
    void aRunWhoseProviderReportsNoStatusIsLoggedAsStatusUnknown(@TempDir Path work) throws Exception {
        String log = routeLogWhile(() -> FileTriggerExample.run(work, Paths.get("samples"), "tencent-wedata"));

        assertThat(log.lines().filter(line -> line.contains("started run"))).hasSize(3)
                .allSatisfy(line -> assertThat(line).endsWith("on tencent-wedata (status unknown)"));
        assertThat(log).doesNotContain("(status )");
    }

    @Test
    void pointedAtTheRealServiceWithASettingMissingItPrintsTheErrorAndExitsNonZero(@TempDir Path dir) throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FileTriggerExample.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WORKFLOWRUN_"));
        // the real Dify, with no API key: the endpoint refuses to be created, so nothing is sent anywhere
        builder.environment().put("WORKFLOWRUN_TARGET", "real");
        builder.environment().put("WORKFLOWRUN_PROVIDER", "dify");
        builder.environment().put("WORKFLOWRUN_EXAMPLE_WORK", work.toString());
        builder.environment().put("WORKFLOWRUN_EXAMPLE_SAMPLES", Paths.get("samples").toAbsolutePath().toString());

        Process example = builder.start();
        boolean exited = example.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            example.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(exited).as("the example exits by itself (stdout: %s)", Files.readString(out)).isTrue();
        assertThat(example.exitValue()).isNotZero();
        assertThat(Files.readString(err, StandardCharsets.UTF_8))
                .startsWith("The file-trigger example failed: ").contains("Option apiKey is required for provider dify")
                .contains("README");
        assertThat(names(work.resolve("done"))).isEmpty();
    }

    /** What the route logs (its logger is named after its id) while the action runs. */
    private static String routeLogWhile(ThrowingRunnable action) throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        StringWriter captured = new StringWriter();
        WriterAppender appender = WriterAppender.newBuilder().setName("route-log-capture").setTarget(captured)
                .setLayout(PatternLayout.newBuilder().withPattern("%m%n").build()).build();
        appender.start();
        LoggerConfig route = context.getConfiguration().getLoggerConfig("file-to-workflow-run");
        route.addAppender(appender, null, null);
        context.updateLoggers();
        try {
            action.run();
        } finally {
            route.removeAppender(appender.getName());
            context.updateLoggers();
            appender.stop();
        }
        return captured.toString();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static Stream<String> namesStream(Path dir) throws Exception {
        return Files.exists(dir) ? Files.list(dir).filter(Files::isRegularFile).map(p -> p.getFileName().toString()) : Stream.empty();
    }

    private static java.util.List<String> names(Path dir) throws Exception {
        try (Stream<String> names = namesStream(dir)) {
            return names.toList();
        }
    }
}
