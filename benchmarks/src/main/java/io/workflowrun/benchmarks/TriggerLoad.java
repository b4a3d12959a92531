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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;

/**
 * Triggers at a fixed concurrency against the stub target, for each provider and each client: the component, the raw
 * client and the official SDK where there is one. Within a round, the clients take turns slice by slice (a GC before
 * each slice, see {@link Measurement}), so that a change in the machine's load during the round falls on all of them
 * alike; the first client changes from round to round.
 */
final class TriggerLoad implements AutoCloseable {

    static final String RAW = "raw HttpClient 5 (pre-signed)";
    static final String COMPONENT = "camel-workflowrun";
    static final String SDK = "official SDK";
    private static final long SLICE_TIMEOUT_SECONDS = 120;

    private final int triggers;
    private final int concurrency;
    private final int slice;
    private final ServerHandle target;
    /** Per provider, its clients by name, in a fixed order. */
    private final Map<String, Map<String, TriggerClient>> clients = new LinkedHashMap<>();

    /** The routes the component is measured through: {@code direct:<provider>} to the provider's endpoint on the target. */
    static RouteBuilder routes(ServerHandle target, List<String> providers) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String provider : providers) {
                    from("direct:" + provider).to(Providers.uri(provider, target.baseUrl(provider), ""));
                }
            }
        };
    }

    /**
     * @param camel   has the {@link #routes} to the target
     * @param slice   triggers per slice (the last slice of a round may be smaller)
     */
    TriggerLoad(CamelContext camel, ServerHandle target, List<String> providers, int triggers, int concurrency, int slice)
            throws Exception {
        this.triggers = triggers;
        this.concurrency = concurrency;
        this.slice = slice;
        this.target = target;
        for (String provider : providers) {
            Map<String, TriggerClient> byName = new LinkedHashMap<>();
            byName.put(RAW, TriggerClient.raw(provider, target.baseUrl(provider)));
            byName.put(COMPONENT, TriggerClient.component(camel, provider));
            if (SdkCalls.exists(provider)) {
                byName.put(SDK, TriggerClient.sdk(provider, target.port(provider), concurrency));
            }
            clients.put(provider, byName);
        }
    }

    /**
     * Unmeasured passes, each client {@code count} triggers per pass, so that the JIT compiler has compiled the hot
     * paths. It never quite stops on this mix of clients (their type profiles of shared code keep changing), so the
     * measurement bills its threads to no one (see {@link Measurement}) and the report shows what it took.
     */
    void warmUp(int count, int passes) throws Exception {
        for (int pass = 1; pass <= passes; pass++) {
            long compilerBefore = CompilerCpu.nanos();
            long cpuBefore = Measurement.processCpuNanos();
            for (Map<String, TriggerClient> byName : clients.values()) {
                for (TriggerClient client : byName.values()) {
                    slice(client, new Measurement(count, target::cpuNanos), count, concurrency);
                }
            }
            System.out.printf("warm-up pass %d: %d ms CPU, of which the JIT compiler's %d ms%n", pass,
                    (Measurement.processCpuNanos() - cpuBefore) / 1_000_000, (CompilerCpu.nanos() - compilerBefore) / 1_000_000);
        }
    }

    /** One round: every provider, every client; returns one result per provider and client. */
    List<Measurement.Result> round(int round) throws Exception {
        List<Measurement.Result> results = new ArrayList<>();
        for (Map.Entry<String, Map<String, TriggerClient>> provider : clients.entrySet()) {
            List<String> order = new ArrayList<>(provider.getValue().keySet());
            Collections.rotate(order, round - 1);
            Map<String, Measurement> measurements = new LinkedHashMap<>();
            order.forEach(client -> measurements.put(client, new Measurement(triggers, target::cpuNanos)));
            for (int from = 0; from < triggers; from += slice) {
                for (String client : order) {
                    slice(provider.getValue().get(client), measurements.get(client), Math.min(slice, triggers - from), concurrency);
                }
            }
            for (String client : provider.getValue().keySet()) {
                Measurement.Result result = measurements.get(client).result(provider.getKey(), client, round);
                System.out.printf("round %d %-22s %-30s %7.0f/s cpu %6.1f µs %6.1f KB stub %5.1f µs jit %5.1f µs p50 %5.2f ms p99 %6.2f ms errors %d%n",
                        round, result.provider(), client, result.throughput(), result.cpuMicrosPerTrigger(),
                        result.allocatedKbPerTrigger(), result.serverCpuMicrosPerTrigger(), result.jitMicrosPerTrigger(), result.p50(),
                        result.p99(), result.errors());
                results.add(result);
            }
        }
        return results;
    }

    /**
     * One slice: {@code count} calls, at most {@code concurrency} in flight, each timed from its start to its report,
     * added to the measurement; the first failure is printed.
     */
    static void slice(TriggerClient client, Measurement measurement, int count, int concurrency) throws Exception {
        int from = measurement.done();
        client.prepare(from, count);
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger errors = new AtomicInteger();
        measurement.startSlice();
        for (int i = from; i < from + count; i++) {
            permits.acquire();
            int index = i;
            long sent = System.nanoTime();
            client.start(index, failure -> {
                measurement.latencies[index] = System.nanoTime() - sent;
                if (failure != null && errors.incrementAndGet() == 1) {
                    failure.printStackTrace();
                }
                permits.release();
                done.countDown();
            });
        }
        if (!done.await(SLICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(done.getCount() + " calls did not complete in " + SLICE_TIMEOUT_SECONDS + " s");
        }
        measurement.stopSlice(count, errors.get());
    }

    @Override
    public void close() throws Exception {
        for (Map<String, TriggerClient> byName : clients.values()) {
            for (TriggerClient client : byName.values()) {
                client.close();
            }
        }
    }
}
