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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The harness's side of a server in a JVM of its own: {@link SimulatorProcess} (which takes commands) or
 * {@link StubProcess}. Both print {@code <provider> <baseUrl> <port>} lines, then {@code ready}.
 */
final class ServerHandle implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();

    /** The simulator, with this many server threads. */
    static ServerHandle simulator(int threads) throws IOException {
        return new ServerHandle("-Xmx2g", SimulatorProcess.class, Integer.toString(threads));
    }

    /** The stub target: a {@link StubServer} of this kind and thread count. */
    static ServerHandle stub(String kind, int threads) throws IOException {
        return new ServerHandle("-Xmx256m", StubProcess.class, kind, Integer.toString(threads));
    }

    private ServerHandle(String heap, Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            String[] words = line.split(" ");
            baseUrls.put(words[0], words[1]);
            ports.put(words[0], Integer.parseInt(words[2]));
        }
        if (line == null) {
            throw new IOException("the server process " + main.getSimpleName() + " ended before it was ready");
        }
    }

    String baseUrl(String provider) {
        return baseUrls.get(provider);
    }

    int port(String provider) {
        return ports.get(provider);
    }

    /** The CPU time the server's JVM has used so far (the operating system's count, in clock ticks). */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Sends a command to the simulator. */
    void command(String command) throws IOException {
        in.println(command);
        if (!"ok".equals(out.readLine())) {
            throw new IOException("the simulator process did not acknowledge " + command);
        }
    }

    /** How many runs the simulator has started. */
    int runs() throws IOException {
        in.println("runs");
        String count = out.readLine();
        if (count == null || !"ok".equals(out.readLine())) {
            throw new IOException("the simulator process did not answer runs");
        }
        return Integer.parseInt(count.trim());
    }

    @Override
    public void close() throws Exception {
        in.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}
