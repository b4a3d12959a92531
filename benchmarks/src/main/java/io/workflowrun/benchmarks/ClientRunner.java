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

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One kind of client, for every provider it can call on the target, run slice by slice when told and measured per
 * provider and round: what a {@link ClientProcess} runs in a JVM of its own.
 */
final class ClientRunner implements AutoCloseable {

    static final String COMPONENT = "camel-workflowrun";
    static final String RAW = "raw HttpClient 5 (pre-signed)";
    static final String SDK = "official SDK";
    /** The kinds by their short names (what {@link ClientProcess} takes). */
    static final Map<String, String> KINDS = Map.of("component", COMPONENT, "raw", RAW, "sdk", SDK);
    private static final long SLICE_TIMEOUT_SECONDS = 120;

    private final String client;
    private final int concurrency;
    private final LongSupplier serverCpu;
    private final CamelContext camel;
    private final Map<String, TriggerClient> byProvider = new LinkedHashMap<>();
    private final Map<String, Measurement> measurements = new HashMap<>();

    /**
     * @param kind      {@code component}, {@code raw} or {@code sdk}
     * @param baseUrls  the target's base URL per provider
     * @param ports     its port per provider
     * @param serverCpu the target's CPU time in ns
     */
    ClientRunner(String kind, int concurrency, Map<String, String> baseUrls, Map<String, Integer> ports, LongSupplier serverCpu)
            throws Exception {
        this.client = KINDS.get(kind);
        this.concurrency = concurrency;
        this.serverCpu = serverCpu;
        if (client == null) {
            throw new IllegalArgumentException("unknown client kind " + kind + ": component, raw or sdk");
        }
        camel = client.equals(COMPONENT) ? new DefaultCamelContext() : null;
        if (camel != null) {
            camel.addRoutes(routes(baseUrls));
            camel.start();
        }
        for (String provider : Providers.ALL) {
            if (client.equals(COMPONENT)) {
                byProvider.put(provider, TriggerClient.component(camel, provider));
            } else if (client.equals(RAW)) {
                byProvider.put(provider, TriggerClient.raw(provider, baseUrls.get(provider)));
            } else if (SdkCalls.exists(provider)) {
                byProvider.put(provider, TriggerClient.sdk(provider, ports.get(provider), concurrency));
            }
        }
    }

    /** The routes the component is measured through: {@code direct:<provider>} to the provider's endpoint on the target. */
    private static RouteBuilder routes(Map<String, String> baseUrls) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                for (String provider : Providers.ALL) {
                    from("direct:" + provider).to(Providers.uri(provider, baseUrls.get(provider), ""));
                }
            }
        };
    }

    String client() {
        return client;
    }

    /** The providers this client can call (an SDK exists for three of the five). */
    List<String> providers() {
        return List.copyOf(byProvider.keySet());
    }

    /** {@code count} triggers to a provider, measured as part of this round; round 0 is warm-up, kept apart. */
    void slice(String provider, int round, int count) throws Exception {
        Measurement measurement = measurements.computeIfAbsent(provider + "/" + round,
                key -> new Measurement(provider, client, serverCpu));
        slice(byProvider.get(provider), measurement, count, concurrency, round > 0);
    }

    Measurement.Result result(String provider, int round) {
        return measurements.get(provider + "/" + round).result(round);
    }

    /**
     * One command of the protocol {@link ClientProcess} speaks: {@code providers}, {@code slice <provider> <round>
     * <count>}, {@code result <provider> <round>} (one encoded {@link Measurement.Result}), {@code cpu} (this JVM's CPU
     * time and its JIT compiler's, in ns). Returns the answer's lines.
     */
    List<String> answer(String command) throws Exception {
        String[] words = command.trim().split(" ");
        return switch (words[0]) {
            case "providers" -> providers();
            case "slice" -> {
                slice(words[1], Integer.parseInt(words[2]), Integer.parseInt(words[3]));
                yield List.of();
            }
            case "result" -> List.of(result(words[1], Integer.parseInt(words[2])).encode());
            case "cpu" -> {
                JvmThreadCpu.Sample cpu = JvmThreadCpu.self();
                yield List.of(cpu.total() + " " + cpu.compiler());
            }
            default -> throw new IllegalArgumentException("unknown command " + command);
        };
    }

    /**
     * One slice: {@code count} calls, at most {@code concurrency} in flight, each timed from its start to its report,
     * added to the measurement; the first failure is printed. Marked in a flight recording by a {@link SliceEvent}.
     */
    static void slice(TriggerClient client, Measurement measurement, int count, int concurrency, boolean measured)
            throws Exception {
        int from = measurement.done();
        client.prepare(from, count);
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger errors = new AtomicInteger();
        SliceEvent event = new SliceEvent(measurement.provider, measurement.client, count, measured);
        measurement.startSlice(count);
        long[] latencies = measurement.latencies;
        event.begin();
        for (int i = from; i < from + count; i++) {
            permits.acquire();
            int index = i;
            long sent = System.nanoTime();
            client.start(index, failure -> {
                latencies[index] = System.nanoTime() - sent;
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
        event.commit();
        measurement.stopSlice(count, errors.get());
    }

    @Override
    public void close() throws Exception {
        for (TriggerClient each : byProvider.values()) {
            each.close();
        }
        if (camel != null) {
            camel.close();
        }
    }
}
