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
import java.util.List;

/**
 * Triggers at a fixed concurrency against the stub target, for each provider and each client: the component, the raw
 * client and the official SDK where there is one, each client in a JVM of its own ({@link ClientProcess}). Within a
 * round the clients take turns slice by slice, so that a change in the machine's load during the round falls on all
 * of them alike; the client that goes first changes from round to round.
 */
final class TriggerLoad implements AutoCloseable {

    static final String COMPONENT = ClientRunner.COMPONENT;
    static final String RAW = ClientRunner.RAW;
    static final String SDK = ClientRunner.SDK;

    private final int triggers;
    private final int slice;
    private final List<ClientHandle> clients = new ArrayList<>();

    /**
     * @param triggers   per client and provider in a round
     * @param slice      triggers per slice (the last slice of a round may be smaller)
     * @param jvmOptions the client JVMs' options; {@code {client}} in them is replaced by the client's kind (so that,
     *                   say, each writes its own flight recording)
     */
    TriggerLoad(ServerHandle target, int triggers, int concurrency, int slice, List<String> jvmOptions) throws Exception {
        this.triggers = triggers;
        this.slice = slice;
        for (String kind : List.of("component", "raw", "sdk")) {
            clients.add(new ClientHandle(kind, target, concurrency, jvmOptions.stream().map(o -> o.replace("{client}", kind)).toList()));
        }
    }

    /** Unmeasured passes, each client {@code count} triggers per provider per pass, so that the JIT has compiled the hot paths. */
    void warmUp(int count, int passes) throws Exception {
        for (int pass = 1; pass <= passes; pass++) {
            List<long[]> before = new ArrayList<>();
            for (ClientHandle client : clients) {
                before.add(client.cpu());
            }
            for (String provider : Providers.ALL) {
                for (ClientHandle client : clients) {
                    if (client.providers().contains(provider)) {
                        client.slice(provider, 0, count);
                    }
                }
            }
            StringBuilder line = new StringBuilder("warm-up pass " + pass + ":");
            for (int i = 0; i < clients.size(); i++) {
                long[] after = clients.get(i).cpu();
                line.append(String.format(" %s %d ms CPU (JIT %d ms);", clients.get(i).client(), (after[0] - before.get(i)[0]) / 1_000_000,
                        (after[1] - before.get(i)[1]) / 1_000_000));
            }
            System.out.println(line);
        }
    }

    /** One round: every provider, every client; one result per provider and client. */
    List<Measurement.Result> round(int round) throws Exception {
        List<Measurement.Result> results = new ArrayList<>();
        for (String provider : Providers.ALL) {
            List<ClientHandle> order = new ArrayList<>(clients.stream().filter(c -> c.providers().contains(provider)).toList());
            Collections.rotate(order, round - 1);
            for (int from = 0; from < triggers; from += slice) {
                for (ClientHandle client : order) {
                    client.slice(provider, round, Math.min(slice, triggers - from));
                }
            }
            for (ClientHandle client : clients) {
                if (client.providers().contains(provider)) {
                    Measurement.Result result = client.result(provider, round);
                    System.out.printf("round %d %-22s %-30s %7.0f/s cpu %6.1f µs %6.1f KB gc %5.1f µs stub %5.1f µs jit %5.1f µs "
                                      + "p50 %5.2f ms p99 %6.2f ms errors %d%n", round, result.provider(), result.client(),
                            result.throughput(), result.cpuMicrosPerTrigger(), result.allocatedKbPerTrigger(),
                            result.gcMicrosPerTrigger(), result.serverCpuMicrosPerTrigger(), result.jitMicrosPerTrigger(),
                            result.p50(), result.p99(), result.errors());
                    results.add(result);
                }
            }
        }
        return results;
    }

    @Override
    public void close() throws Exception {
        for (ClientHandle client : clients) {
            client.close();
        }
    }
}
