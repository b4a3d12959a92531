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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One instance of the application in a JVM of its own ({@code java -cp <this JVM's classpath>
 * QueueTriggerApplication --...}), its output to a file. {@link #kill()} is a SIGKILL: no shutdown hook, no
 * acknowledgement, no goodbye to the broker or the database.
 */
final class InstanceProcess implements AutoCloseable {

    private static final Pattern STARTED_RUN = Pattern.compile(" started run (\\S+) on ");

    private final String name;
    private final Path log;
    private final Process process;

    private InstanceProcess(String name, Path log, Process process) {
        this.name = name;
        this.log = log;
        this.process = process;
    }

    /**
     * @param arguments   the application's arguments ({@code --property=value})
     * @param environment added to the child's environment: the credentials go there rather than on its command line
     */
    static InstanceProcess start(String name, Path logDirectory, List<String> arguments, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command(arguments)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new InstanceProcess(name, log, builder.start());
    }

    /** The command line of an instance: this JVM's java and classpath, the application's main class. */
    static List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a small, quickly started JVM: three of them share a couple of cores with the test
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.add("-cp");
        command.add(classpath());
        command.add(QueueTriggerApplication.class.getName());
        command.addAll(arguments);
        return command;
    }

    /** This JVM's classpath: surefire's test classpath, or java.class.path when launched with it (exec:exec). */
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux ({@link Process#destroyForcibly()}), and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") still runs 10 s after SIGKILL");
        }
    }

    /** SIGKILL, without waiting: for a JVM on its way out. */
    void destroy() {
        process.destroyForcibly();
    }

    /** The run IDs of the runs its log says it started ({@code started run <id> on}). */
    Set<String> startedRuns() {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().map(STARTED_RUN::matcher).filter(Matcher::find)
                    .map(found -> found.group(1)).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The last lines of its output, for a failure's report. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + (process.isAlive() ? "" : ", ended") + ", log " + log + ")";
    }
}
