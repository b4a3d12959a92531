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

import io.workflowrun.simulator.WorkflowRunSimulator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The simulator in a JVM of its own, so that its CPU time and heap are not counted as the client's. Prints
 * {@code <provider> <baseUrl>} lines, then {@code ready}; reads commands from stdin ({@code reset},
 * {@code timeline <pendingMs> <runningMs>}; {@code runs}, answered with the number of runs started) and stops when
 * stdin closes.
 */
public final class SimulatorProcess {

    private SimulatorProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(Integer.parseInt(args[0]))) {
            for (String provider : simulator.providers()) {
                System.out.println(provider + " " + simulator.baseUrl(provider) + " " + simulator.port(provider));
            }
            System.out.println("ready");
            System.out.flush();
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = commands.readLine()) != null) {
                String[] words = line.trim().split(" ");
                switch (words[0]) {
                    // the simulator keeps every request it answered: without a reset, memory grows with each phase
                    case "reset" -> simulator.reset();
                    case "timeline" -> simulator.setTimeline(Duration.ofMillis(Long.parseLong(words[1])),
                            Duration.ofMillis(Long.parseLong(words[2])));
                    case "runs" -> System.out.println(simulator.runs().size());
                    default -> {
                    }
                }
                System.out.println("ok");
                System.out.flush();
            }
        }
    }
}
