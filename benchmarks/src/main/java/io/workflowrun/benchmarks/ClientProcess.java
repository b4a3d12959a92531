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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One kind of client ({@link ClientRunner}) in a JVM of its own, so that its CPU time, its garbage and its JIT
 * compiler's work are its own and no other client's. Arguments: the kind ({@code component}, {@code raw},
 * {@code sdk}), the concurrency, the target's process ID (for its CPU time), then {@code provider,baseUrl,port} per
 * provider. Answers {@link ClientRunner#answer} commands read from stdin, each answer ending with {@code ok}; stops
 * when stdin closes.
 */
public final class ClientProcess {

    private ClientProcess() {
    }

    public static void main(String[] args) throws Exception {
        long targetPid = Long.parseLong(args[2]);
        Map<String, String> baseUrls = new HashMap<>();
        Map<String, Integer> ports = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] target = args[i].split(",");
            baseUrls.put(target[0], target[1]);
            ports.put(target[0], Integer.parseInt(target[2]));
        }
        try (ClientRunner runner = new ClientRunner(args[0], Integer.parseInt(args[1]), baseUrls, ports,
                () -> JvmThreadCpu.of(targetPid).total())) {
            BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = commands.readLine()) != null) {
                runner.answer(line).forEach(System.out::println);
                System.out.println("ok");
                System.out.flush();
            }
        }
        System.exit(0);
    }
}
