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
package io.workflowrun.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own, started from this one's class path, that takes commands as lines on its stdin and answers on its
 * stdout, each answer ending with an {@code ok} line; it stops when its stdin closes. Its stderr is this JVM's.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;

    ChildJvm(List<String> jvmOptions, Class<?> main, List<String> args) throws IOException {
        name = main.getSimpleName();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The next line it prints; an IOException when it has ended. */
    String readLine() throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IOException("the " + name + " process ended");
        }
        return line;
    }

    /** Sends a command; returns the lines answered before {@code ok}. */
    List<String> ask(String command) throws IOException {
        in.println(command);
        List<String> answer = new ArrayList<>();
        String line;
        while (!(line = readLine()).equals("ok")) {
            answer.add(line);
        }
        return answer;
    }

    long pid() {
        return process.pid();
    }

    /** The CPU time its threads have used so far. */
    long cpuNanos() {
        return JvmThreadCpu.of(process.pid()).total();
    }

    @Override
    public void close() throws InterruptedException {
        in.close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
