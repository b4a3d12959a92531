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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The load benchmarks: W concurrent waits against the simulator (in its own JVM, on loopback), then the trigger load
 * ({@link TriggerLoad}) against the stub target (in a JVM of its own too, and each client in one of its own). Prints one report and writes it as the
 * AsciiDoc partial docs/src/docs/asciidoc/_partials/performance-measured.adoc, which the performance page includes.
 * <p>
 * Arguments: triggers per client per round, concurrency, waits, the JMH CSV to fold into the report, the AsciiDoc file
 * to write, rounds, triggers per slice, the stub server's kind and threads (see {@link StubServer}).
 */
public final class LoadHarness {

    private static final int WARM_UP_SLICE = 2500;
    private static final int WARM_UP_PASSES = 6;
    private static final long RUN_TIMEOUT_SECONDS = 120;

    private final CamelContext camel;
    private final ServerHandle simulator;

    private LoadHarness(CamelContext camel, ServerHandle simulator) {
        this.camel = camel;
        this.simulator = simulator;
    }

    public static void main(String[] args) throws Exception {
        int triggers = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int waits = Integer.parseInt(args[2]);
        Path jmhCsv = Path.of(args[3]);
        Path report = Path.of(args[4]);
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int slice = args.length > 6 ? Integer.parseInt(args[6]) : 5000;
        String stubKind = args.length > 7 ? args[7] : "nio";
        int stubThreads = args.length > 8 ? Integer.parseInt(args[8]) : 1;

        Report out = new Report(triggers, concurrency, waits, rounds, slice);
        try (ServerHandle simulator = ServerHandle.simulator(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
             ServerHandle stub = ServerHandle.stub(stubKind, stubThreads)) {
            // the wait phase first, on a fresh JVM: its thread baseline is the JVM before Camel and the component start
            // (the servers' processes already started: each has a reaper thread here)
            int jvmBaseline = ManagementFactory.getThreadMXBean().getThreadCount();
            out.target = stubKind + " stub, " + stubThreads + " thread" + (stubThreads == 1 ? "" : "s");
            CamelContext camel = new DefaultCamelContext();
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:wait").to(Providers.uri("interactly", simulator.baseUrl("interactly"),
                            "&waitForCompletion=true&pollInterval=1000&maxPollInterval=2000&waitTimeout=300000"));
                }
            });
            camel.start();
            if (waits > 0) {
                out.waits = new LoadHarness(camel, simulator).waits(waits, jvmBaseline);
                System.out.println(out.waits);
            }
            camel.close();
            if (rounds > 0) {
                try (TriggerLoad load = new TriggerLoad(stub, triggers, concurrency, slice, clientJvmOptions())) {
                    load.warmUp(WARM_UP_SLICE, WARM_UP_PASSES);
                    for (int round = 1; round <= rounds; round++) {
                        out.loadAverages.add(Report.loadAverage());
                        out.runs.addAll(load.round(round));
                    }
                    out.loadAverages.add(Report.loadAverage());
                }
            }
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

    /**
     * The client JVMs' options: a small fixed young generation (see {@link Measurement}); compiler and GC threads that
     * never end, so that {@link JvmThreadCpu} misses none; this JVM's host file (Tencent's SDK needs a host name); and
     * {@code -Dbench.clientJvmArg}, e.g. {@code -XX:StartFlightRecording=filename=target/{client}.jfr}.
     */
    private static List<String> clientJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "-Xmn32m", "-XX:-UseDynamicNumberOfCompilerThreads",
                "-XX:-UseDynamicNumberOfGCThreads"));
        if (System.getProperty("jdk.net.hosts.file") != null) {
            options.add("-Djdk.net.hosts.file=" + System.getProperty("jdk.net.hosts.file"));
        }
        String extra = System.getProperty("bench.clientJvmArg", "none");
        if (!extra.isBlank() && !extra.equals("none")) {
            options.add(extra);
        }
        return options;
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
}
