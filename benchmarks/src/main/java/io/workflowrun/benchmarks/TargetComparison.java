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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which stub server is lightest: the same bare HttpClient 5 client (pre-signed WeData triggers, the largest request
 * body of the five) against each kind, in its own JVM, taking turns slice by slice as in {@link TriggerLoad}. Prints
 * throughput and the CPU per request of both sides. Arguments: requests per kind per round, rounds, concurrency, then
 * the kinds as {@code kind:threads} (e.g. {@code nio:1 httpcore:1 jdk:8}).
 */
public final class TargetComparison {

    private static final String PROVIDER = "tencent-wedata";

    private TargetComparison() {
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int slice = Math.min(requests, 5000);
        Map<String, ServerHandle> servers = new LinkedHashMap<>();
        Map<String, TriggerClient> clients = new LinkedHashMap<>();
        try {
            for (int i = 3; i < args.length; i++) {
                String[] kind = args[i].split(":");
                ServerHandle server = ServerHandle.stub(kind[0], Integer.parseInt(kind[1]));
                servers.put(args[i], server);
                clients.put(args[i], TriggerClient.raw(PROVIDER, server.baseUrl(PROVIDER)));
            }
            for (String kind : servers.keySet()) {
                ClientRunner.slice(clients.get(kind), new Measurement(PROVIDER, kind, servers.get(kind)::cpuNanos), slice,
                        concurrency, false);
            }
            List<String> order = new ArrayList<>(servers.keySet());
            System.out.printf(Locale.ROOT, "%-12s %5s %10s %18s %18s %8s%n", "server", "round", "requests/s", "client CPU µs/req",
                    "server CPU µs/req", "errors");
            for (int round = 1; round <= rounds; round++) {
                Map<String, Measurement> measurements = new LinkedHashMap<>();
                order.forEach(kind -> measurements.put(kind, new Measurement(PROVIDER, kind, servers.get(kind)::cpuNanos)));
                for (int from = 0; from < requests; from += slice) {
                    for (String kind : order) {
                        ClientRunner.slice(clients.get(kind), measurements.get(kind), Math.min(slice, requests - from), concurrency, true);
                    }
                }
                for (String kind : servers.keySet()) {
                    Measurement.Result r = measurements.get(kind).result(round);
                    System.out.printf(Locale.ROOT, "%-12s %5d %10.0f %18.1f %18.1f %8d%n", kind, round, r.throughput(),
                            r.cpuMicrosPerTrigger(), r.serverCpuMicrosPerTrigger(), r.errors());
                }
                Collections.rotate(order, 1);
            }
        } finally {
            for (TriggerClient client : clients.values()) {
                client.close();
            }
            for (ServerHandle server : servers.values()) {
                server.close();
            }
        }
        System.exit(0);
    }
}
