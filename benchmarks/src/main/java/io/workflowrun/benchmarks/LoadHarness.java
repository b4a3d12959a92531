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

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.ProviderClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * N triggers at concurrency C to the simulator (in its own JVM, on loopback), through a Camel route, through each
 * official SDK and through a raw HttpClient 5 async client replaying pre-signed requests; and W concurrent waits. Prints one report and writes it as the AsciiDoc
 * partial docs/src/docs/asciidoc/_partials/performance-measured.adoc, which the performance page includes.
 * <p>
 * Arguments: triggers, concurrency, waits, the JMH CSV to fold into the report, the AsciiDoc file to write, rounds (each
 * figure is the round with the median throughput).
 */
public final class LoadHarness {

    static final String RAW = "raw HttpClient 5 (pre-signed)";
    static final String COMPONENT = "camel-workflowrun";
    static final String SDK = "official SDK";
    private static final int WARM_UP = 2000;
    private static final long RUN_TIMEOUT_SECONDS = 120;

    private final int triggers;
    private final int concurrency;
    private final SimulatorHandle simulator;
    private final CamelContext camel;

    private LoadHarness(int triggers, int concurrency, SimulatorHandle simulator, CamelContext camel) {
        this.triggers = triggers;
        this.concurrency = concurrency;
        this.simulator = simulator;
        this.camel = camel;
    }

    public static void main(String[] args) throws Exception {
        int triggers = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int waits = Integer.parseInt(args[2]);
        Path jmhCsv = Path.of(args[3]);
        Path report = Path.of(args[4]);
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;

        Report out = new Report(triggers, concurrency, waits, rounds);
        // the wait phase first, on a fresh JVM: its thread baseline is the JVM before Camel and the component start
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int jvmBaseline = threads.getThreadCount();
        try (SimulatorHandle simulator = new SimulatorHandle(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()))) {
            CamelContext camel = new DefaultCamelContext();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    for (String provider : Providers.ALL) {
                        from("direct:" + provider).to(Providers.uri(provider, simulator.baseUrl(provider), ""));
                    }
                    from("direct:wait").to(Providers.uri("interactly", simulator.baseUrl("interactly"),
                            "&waitForCompletion=true&pollInterval=1000&maxPollInterval=2000&waitTimeout=300000"));
                }
            });
            camel.start();
            LoadHarness harness = new LoadHarness(triggers, concurrency, simulator, camel);
            out.waits = harness.waits(waits, jvmBaseline);
            System.out.println(out.waits);
            Map<String, Run> clients = new LinkedHashMap<>();
            clients.put(RAW, harness::raw);
            clients.put(COMPONENT, harness::component);
            clients.put(SDK, harness::sdk);
            List<String> order = new ArrayList<>(clients.keySet());
            List<Measurement.Result> all = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // each client goes first in one round, so that none always meets a fresher or a warmer simulator
                for (String provider : Providers.SIGNED) {
                    for (String client : order) {
                        all.add(harness.measure(provider, client, clients.get(client)));
                    }
                }
                Collections.rotate(order, 1);
            }
            for (String provider : Providers.SIGNED) {
                for (String client : clients.keySet()) {
                    median(all, provider, client).ifPresent(out.results::add);
                }
            }
            out.runs.addAll(all);
            camel.close();
        }
        out.jmh = Files.exists(jmhCsv) ? JmhResults.read(jmhCsv) : List.of();
        String table = out.toAsciiDoc();
        System.out.println();
        System.out.println(table);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, table);
        System.out.println("written to " + report);
        System.exit(0);
    }

    /** The run with the median throughput of a provider and client's rounds. */
    private static Optional<Measurement.Result> median(List<Measurement.Result> all, String provider, String client) {
        List<Measurement.Result> rounds = new ArrayList<>(all.stream()
                .filter(r -> r.provider().equals(provider) && r.client().equals(client)).toList());
        rounds.sort(Comparator.comparingDouble(Measurement.Result::throughput));
        return rounds.isEmpty() ? Optional.empty() : Optional.of(rounds.get(rounds.size() / 2));
    }

    interface Run {
        Measurement.Result run(String provider, int n, String client) throws Exception;
    }

    /** A short warm-up of the same kind, then the measured run, each on a simulator with no runs kept. */
    private Measurement.Result measure(String provider, String client, Run run) throws Exception {
        simulator.command("reset");
        run.run(provider, WARM_UP, client);
        simulator.command("reset");
        Measurement.Result result = run.run(provider, triggers, client);
        System.out.printf("%-22s %-32s %8.0f/s p50 %6.2f ms p99 %6.2f ms cpu %6.1f µs heap %5.0f MB errors %d%n",
                provider, client, result.throughput(), result.p50(), result.p99(), result.cpuMicrosPerTrigger(),
                result.peakHeapMb(), result.errors());
        return result;
    }

    /** Through a Camel route (direct: then the endpoint), asynchronously. */
    private Measurement.Result component(String provider, int n, String client) throws Exception {
        AsyncProducer producer = camel.getEndpoint("direct:" + provider).createAsyncProducer();
        producer.start();
        Measurement.Result result = atConcurrency(provider, n, client, (index, done) -> {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(Map.of("n", index));
            producer.process(exchange, doneSync -> done.accept(exchange.getException()));
        });
        producer.stop();
        return result;
    }

    /** The official SDK, blocking, on its own pool of C threads. */
    private Measurement.Result sdk(String provider, int n, String client) throws Exception {
        SdkCalls.Call call = SdkCalls.forProvider(provider, simulator);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        Measurement.Result result = atConcurrency(provider, n, client, (index, done) -> pool.execute(() -> {
            try {
                call.trigger(index);
                done.accept(null);
            } catch (Exception e) {
                done.accept(e);
            }
        }));
        pool.shutdown();
        return result;
    }

    /**
     * The practical limit: requests the component's own provider client built and signed before the clock starts,
     * replayed by a bare HttpClient 5 async client at the same concurrency. Only the status code is read.
     */
    private Measurement.Result raw(String provider, int n, String client) throws Exception {
        ProviderClient builder = Providers.bind(provider, simulator.baseUrl(provider));
        List<SimpleHttpRequest> requests = new ArrayList<>(n);
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            requests.add(HttpTransport.toRequest(builder.call(Providers.trigger(provider, i, now))));
        }
        try (CloseableHttpAsyncClient http = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(512).setMaxConnPerRoute(256).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build()) {
            http.start();
            return atConcurrency(provider, n, client, (index, done) -> http.execute(
                    SimpleRequestProducer.create(requests.get(index)), SimpleResponseConsumer.create(),
                    new FutureCallback<SimpleHttpResponse>() {
                        @Override
                        public void completed(SimpleHttpResponse response) {
                            done.accept(response.getCode() == 200 ? null : new IllegalStateException("HTTP " + response.getCode()));
                        }

                        @Override
                        public void failed(Exception e) {
                            done.accept(e);
                        }

                        @Override
                        public void cancelled() {
                            done.accept(new IllegalStateException("cancelled"));
                        }
                    }));
        }
    }

    /** Starts call number {@code index}; it reports its end to {@code done}, with its failure or null. */
    private interface AsyncCall {
        void start(int index, Consumer<Throwable> done) throws Exception;
    }

    /**
     * Makes n calls, at most C in flight, timing each from its start to its report; the first failure is printed, all
     * are counted.
     */
    private Measurement.Result atConcurrency(String provider, int n, String client, AsyncCall call) throws Exception {
        Semaphore permits = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(n);
        AtomicInteger errors = new AtomicInteger();
        Measurement measurement = new Measurement(n);
        measurement.start();
        for (int i = 0; i < n; i++) {
            permits.acquire();
            int index = i;
            long sent = System.nanoTime();
            call.start(index, failure -> {
                measurement.latencies[index] = System.nanoTime() - sent;
                if (failure != null && errors.incrementAndGet() == 1) {
                    failure.printStackTrace();
                }
                permits.release();
                done.countDown();
            });
        }
        await(done);
        return measurement.stop(provider, client, errors.get());
    }

    /** W runs started at once, each waited on to its end; live threads sampled throughout. */
    private WaitResult waits(int n, int jvmBaseline) throws Exception {
        simulator.command("reset");
        simulator.command("timeline 2000 3000");
        AsyncProducer producer = camel.getEndpoint("direct:wait").createAsyncProducer();
        producer.start();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(pool -> pool.resetPeakUsage());
        int before = threads.getThreadCount();
        int peak = before;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.getMessage().setBody(Map.of("n", i));
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null && errors.incrementAndGet() == 1) {
                    exchange.getException().printStackTrace();
                }
                done.countDown();
            });
            if (i % 100 == 0) {
                peak = Math.max(peak, threads.getThreadCount());
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_SECONDS * 2);
        double liveHeapMb = Double.NaN;
        while (!done.await(20, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            peak = Math.max(peak, threads.getThreadCount());
            if (Double.isNaN(liveHeapMb) && simulator.runs() == n) {
                // every run started and none ended yet (they run for 5 s): the heap that all n waits hold at once,
                // garbage collected first, since how long G1 keeps garbage depends on -Xmx, not on the waits
                System.gc();
                liveHeapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
                if (done.getCount() < n) {
                    liveHeapMb = -1; // some waits had ended before the reading: it would undercount
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        WaitResult result = new WaitResult(n, n - (int) done.getCount(), errors.get(), jvmBaseline, before, peak,
                Measurement.peakHeapMb(), liveHeapMb, seconds);
        producer.stop();
        return result;
    }

    /**
     * {@code peakHeapMb}: the heap pools' peaks summed, garbage included; {@code liveHeapMb}: heap used after a GC with
     * all waits pending (-1 when some had ended by then, NaN when the moment never came).
     */
    record WaitResult(int runs, int completed, int errors, int jvmBaseline, int beforeWaits, int peak, double peakHeapMb,
            double liveHeapMb, double seconds) {

        int componentThreads() {
            return peak - jvmBaseline;
        }
    }

    private static void await(CountDownLatch done) throws InterruptedException {
        if (!done.await(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(done.getCount() + " calls did not complete in " + RUN_TIMEOUT_SECONDS + " s");
        }
    }
}
