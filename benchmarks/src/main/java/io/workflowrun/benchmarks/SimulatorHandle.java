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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The harness's side of {@link SimulatorProcess}. */
final class SimulatorHandle implements AutoCloseable {

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();

    SimulatorHandle(int threads) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                SimulatorProcess.class.getName(), Integer.toString(threads))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            String[] words = line.split(" ");
            baseUrls.put(words[0], words[1]);
            ports.put(words[0], Integer.parseInt(words[2]));
        }
        if (line == null) {
            throw new IOException("the simulator process ended before it was ready");
        }
    }

    String baseUrl(String provider) {
        return baseUrls.get(provider);
    }

    int port(String provider) {
        return ports.get(provider);
    }

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
