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

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The harness's side of a server in a JVM of its own: {@link SimulatorProcess} (which takes commands) or
 * {@link StubProcess}. Both print {@code <provider> <baseUrl> <port>} lines, then {@code ready}.
 */
final class ServerHandle implements AutoCloseable {

    private final ChildJvm jvm;
    private final Map<String, String> baseUrls = new HashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();

    /** The simulator, with this many server threads. */
    static ServerHandle simulator(int threads) throws IOException {
        return new ServerHandle(new ChildJvm(List.of("-Xmx2g"), SimulatorProcess.class, List.of(Integer.toString(threads))));
    }

    /** The stub target: a {@link StubServer} of this kind and thread count. */
    static ServerHandle stub(String kind, int threads) throws IOException {
        return new ServerHandle(new ChildJvm(List.of("-Xmx256m"), StubProcess.class, List.of(kind, Integer.toString(threads))));
    }

    private ServerHandle(ChildJvm jvm) throws IOException {
        this.jvm = jvm;
        String line;
        while (!(line = jvm.readLine()).equals("ready")) {
            String[] words = line.split(" ");
            baseUrls.put(words[0], words[1]);
            ports.put(words[0], Integer.parseInt(words[2]));
        }
    }

    /** The providers served, each on its own port. */
    List<String> providers() {
        return List.copyOf(baseUrls.keySet());
    }

    String baseUrl(String provider) {
        return baseUrls.get(provider);
    }

    int port(String provider) {
        return ports.get(provider);
    }

    long pid() {
        return jvm.pid();
    }

    /** The CPU time the server's JVM has used so far. */
    long cpuNanos() {
        return jvm.cpuNanos();
    }

    /** Sends a command to the simulator. */
    void command(String command) throws IOException {
        jvm.ask(command);
    }

    /** How many runs the simulator has started. */
    int runs() throws IOException {
        return Integer.parseInt(jvm.ask("runs").get(0).trim());
    }

    @Override
    public void close() throws Exception {
        jvm.close();
    }
}
