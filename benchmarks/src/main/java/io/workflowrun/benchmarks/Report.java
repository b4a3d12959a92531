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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The one report: machine and load, JMH figures, the trigger load per round and its medians, the ratios to the raw
 * client, waits, and each target met or missed, as the AsciiDoc partial that docs/src/docs/asciidoc/performance.adoc
 * includes (the page's findings, written by hand, stay in the page).
 */
final class Report {

    static final double SIGNING_TARGET_NS = 5000;
    /** Threads the component may add for {@code waitCount} concurrent waits. */
    static final int WAIT_THREADS_TARGET = 32;
    /** Heap the concurrent waits may hold at once, live, after a GC. */
    static final int WAIT_HEAP_TARGET_MB = 256;
    /** The component's CPU per trigger, at most this many times the raw client's, in every round. */
    static final double CPU_TARGET = 1.15;
    /** The component's throughput, at least this share of the raw client's, in every round. */
    static final double THROUGHPUT_TARGET = 0.95;

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    final int triggers;
    final int concurrency;
    final int waitCount;
    final int rounds;
    final int slice;
    /** What the trigger load ran against, e.g. "nio stub, 1 thread". */
    String target = "stub";
    /** The 1-minute load average before each round and after the last. */
    final List<Double> loadAverages = new ArrayList<>();
    /** Every client's result in every round, in the order run. */
    final List<Measurement.Result> runs = new ArrayList<>();
    List<JmhResults.Row> jmh = List.of();
    LoadHarness.WaitResult waits;

    Report(int triggers, int concurrency, int waitCount, int rounds, int slice) {
        this.rounds = rounds;
        this.triggers = triggers;
        this.concurrency = concurrency;
        this.waitCount = waitCount;
        this.slice = slice;
    }

    static double loadAverage() {
        return OS.getSystemLoadAverage();
    }

    String toAsciiDoc() {
        StringBuilder adoc = new StringBuilder("// Written by benchmarks/run.sh (io.workflowrun.benchmarks.Report): do not edit, run it again.\n\n");
        adoc.append(String.format(Locale.ROOT, "Measured %s by `benchmarks/run.sh` on %d cores (nproc), %.1f GB memory, %s %s (%s).",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(), OS.getTotalMemorySize() / 1e9,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor")));
        if (!loadAverages.isEmpty()) {
            adoc.append(" The machine's 1-minute load average before each round and after the last: ")
                    .append(loadAverages.stream().map(load -> String.format(Locale.ROOT, "%.1f", load)).collect(Collectors.joining(", ")))
                    .append(" (the benchmark itself keeps about 2 busy).");
        }
        adoc.append("\n\n");

        adoc.append("== Microbenchmarks (JMH, 1 fork, 3×1 s warm-up, 5×1 s measured, one thread, `-prof gc`)\n\n");
        adoc.append(table("3,>1,>1,>1", "benchmark | ns/op | ± (99.9%) | bytes/op"));
        for (JmhResults.Row row : jmh) {
            adoc.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f%n", row.benchmark(), row.nanosPerOp(),
                    row.nanosError(), row.bytesPerOp()));
        }
        if (jmh.isEmpty()) {
            adoc.append("4+| (no JMH results found)\n");
        }
        adoc.append("|===\n");

        triggerLoad(adoc);

        adoc.append("\n== Targets\n\n");
        adoc.append(table("4,3,1", "target | measured | met"));
        for (String provider : providers()) {
            List<Double> cpu = ratios(provider, TriggerLoad.RAW, Measurement.Result::cpuMicrosPerTrigger);
            List<Double> throughput = ratios(provider, TriggerLoad.RAW, Measurement.Result::throughput);
            if (cpu.isEmpty()) {
                continue;
            }
            target(adoc, String.format(Locale.ROOT, "%s: CPU per trigger ≤ %.2f× the raw client's, in every round", provider, CPU_TARGET),
                    join(cpu, "%.3f×", 1), cpu.stream().allMatch(r -> r <= CPU_TARGET));
            target(adoc, String.format(Locale.ROOT, "%s: throughput ≥ %.0f%% of the raw client's, in every round", provider,
                    100 * THROUGHPUT_TARGET), join(throughput, "%.1f%%", 100), throughput.stream().allMatch(r -> r >= THROUGHPUT_TARGET));
        }
        for (JmhResults.Row row : jmh) {
            if (row.benchmark().startsWith("SignerBenchmark")) {
                target(adoc, row.benchmark() + " < 5 µs", String.format(Locale.ROOT, "%.2f µs", row.nanosPerOp() / 1000),
                        row.nanosPerOp() < SIGNING_TARGET_NS);
            }
        }
        if (waits != null) {
            target(adoc, String.format(Locale.ROOT, "%,d concurrent waits: ≤ %d threads added", waitCount, WAIT_THREADS_TARGET),
                    String.format(Locale.ROOT, "%d (JVM %d before Camel started, %d before the waits, %d at peak)",
                            waits.componentThreads(), waits.jvmBaseline(), waits.beforeWaits(), waits.peak()),
                    waits.componentThreads() <= WAIT_THREADS_TARGET);
            boolean allDone = waits.completed() == waits.runs() && waits.errors() == 0;
            target(adoc, String.format(Locale.ROOT, "%,d concurrent waits: heap < %d MB (live, after a GC, all waiting)", waitCount,
                            WAIT_HEAP_TARGET_MB),
                    String.format(Locale.ROOT, "%s (%,d of %,d completed in %.1f s, %d errors)", liveHeap(waits.liveHeapMb()),
                            waits.completed(), waits.runs(), waits.seconds(), waits.errors()),
                    waits.liveHeapMb() >= 0 && waits.liveHeapMb() < WAIT_HEAP_TARGET_MB && allDone);
            adoc.append(String.format(Locale.ROOT, "| %,d concurrent waits: heap pools' peaks summed, garbage included (no target) "
                                                   + "| %.0f MB | –%n", waitCount, waits.peakHeapMb()));
        }
        adoc.append("|===\n");
        return adoc.toString();
    }

    private void triggerLoad(StringBuilder adoc) {
        adoc.append(String.format(Locale.ROOT, "%n== Trigger load (%s in its own JVM, concurrency %d, %,d triggers per client per round "
                                          + "in slices of %,d, %d rounds)%n%n", target, concurrency, triggers, slice, rounds));
        adoc.append("Each client runs in a JVM of its own (`-Xmx512m -Xmn32m`), after 6 unmeasured passes of 2,500 triggers per "
                  + "provider. Each figure is the median of the rounds, each column on its own. CPU and allocation are the client "
                  + "JVM's over its slices: process CPU time of all its threads, GC included, less its JIT compiler threads' (still "
                  + "compiling is a state of the JVM, not a cost of the client; the JIT's CPU is in the table of every round). The "
                  + "stub's CPU is read from outside its JVM and shows that it is not what limits the clients. The raw client replays "
                  + "the component's own requests, built and signed before each slice's clock starts, and reads each whole answer "
                  + "but parses nothing: the floor for an HttpClient 5 client.\n\n");
        adoc.append(table("2,3,>1,>1,>1,>1,>1,>1,>1,>1", "provider | client | triggers/s | CPU µs/trigger | of which GC "
                                                   + "| KB allocated/trigger | stub CPU µs/trigger | p50 ms | p99 ms | errors"));
        for (String provider : providers()) {
            for (String client : clients(provider)) {
                List<Measurement.Result> rows = results(provider, client);
                adoc.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %d%n", provider,
                        client, median(rows, Measurement.Result::throughput), median(rows, Measurement.Result::cpuMicrosPerTrigger),
                        median(rows, Measurement.Result::gcMicrosPerTrigger), median(rows, Measurement.Result::allocatedKbPerTrigger), median(rows, Measurement.Result::serverCpuMicrosPerTrigger),
                        median(rows, Measurement.Result::p50), median(rows, Measurement.Result::p99),
                        rows.stream().mapToInt(Measurement.Result::errors).sum()));
            }
            if (!SdkCalls.exists(provider)) {
                adoc.append("| ").append(provider).append(" | official SDK 8+| none: the provider publishes no Java SDK\n");
            }
        }
        adoc.append("|===\n");

        adoc.append(String.format(Locale.ROOT, "%nThe component against the raw client, and against the SDK, round by round (the "
                                          + "clients of a round took turns slice by slice; targets: CPU ≤ %.2f×, throughput ≥ %.0f%%):%n%n",
                CPU_TARGET, 100 * THROUGHPUT_TARGET));
        adoc.append(table("3,>1,>1,>1,^1,>1,>1", "provider | round | CPU / raw | throughput / raw | met | CPU / SDK | throughput / SDK"));
        for (String provider : providers()) {
            List<Double> cpu = ratios(provider, TriggerLoad.RAW, Measurement.Result::cpuMicrosPerTrigger);
            List<Double> throughput = ratios(provider, TriggerLoad.RAW, Measurement.Result::throughput);
            List<Double> sdkCpu = ratios(provider, TriggerLoad.SDK, Measurement.Result::cpuMicrosPerTrigger);
            List<Double> sdkThroughput = ratios(provider, TriggerLoad.SDK, Measurement.Result::throughput);
            for (int i = 0; i < cpu.size(); i++) {
                boolean met = cpu.get(i) <= CPU_TARGET && throughput.get(i) >= THROUGHPUT_TARGET;
                adoc.append(String.format(Locale.ROOT, "| %s | %d | %.3f× | %.1f%% | %s | %s | %s%n", provider, i + 1, cpu.get(i),
                        100 * throughput.get(i), met ? "yes" : "*no*",
                        i < sdkCpu.size() ? String.format(Locale.ROOT, "%.2f×", sdkCpu.get(i)) : "–",
                        i < sdkThroughput.size() ? String.format(Locale.ROOT, "%.2f×", sdkThroughput.get(i)) : "–"));
            }
        }
        adoc.append("|===\n");

        adoc.append("\nEvery round:\n\n");
        adoc.append(table("2,3,>1,>1,>1,>1,>1,>1,>1,>1,>1,>1", "provider | client | round | triggers/s | CPU µs/trigger "
                                                            + "| of which GC | KB/trigger | stub CPU µs/trigger | JIT µs/trigger | p50 ms "
                                                            + "| p99 ms | errors"));
        for (String provider : providers()) {
            for (String client : clients(provider)) {
                for (Measurement.Result r : results(provider, client)) {
                    adoc.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %d%n",
                            r.provider(), r.client(), r.round(), r.throughput(), r.cpuMicrosPerTrigger(), r.gcMicrosPerTrigger(),
                            r.allocatedKbPerTrigger(),
                            r.serverCpuMicrosPerTrigger(), r.jitMicrosPerTrigger(), r.p50(), r.p99(), r.errors()));
                }
            }
        }
        adoc.append("|===\n");
    }

    Set<String> providers() {
        return runs.stream().map(Measurement.Result::provider).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<String> clients(String provider) {
        Set<String> clients = new LinkedHashSet<>(List.of(TriggerLoad.COMPONENT, TriggerLoad.RAW, TriggerLoad.SDK));
        clients.retainAll(runs.stream().filter(r -> r.provider().equals(provider)).map(Measurement.Result::client).toList());
        return clients;
    }

    List<Measurement.Result> results(String provider, String client) {
        return runs.stream().filter(r -> r.provider().equals(provider) && r.client().equals(client)).toList();
    }

    /** The component's figure over the other client's, round by round (rounds where both ran). */
    List<Double> ratios(String provider, String other, ToDoubleFunction<Measurement.Result> figure) {
        List<Double> ratios = new ArrayList<>();
        for (Measurement.Result component : results(provider, TriggerLoad.COMPONENT)) {
            results(provider, other).stream().filter(r -> r.round() == component.round()).findFirst()
                    .ifPresent(r -> ratios.add(figure.applyAsDouble(component) / figure.applyAsDouble(r)));
        }
        return ratios;
    }

    static double median(List<Measurement.Result> rows, ToDoubleFunction<Measurement.Result> figure) {
        double[] values = rows.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static String join(List<Double> values, String format, double scale) {
        return values.stream().map(v -> String.format(Locale.ROOT, format, v * scale)).collect(Collectors.joining(", "));
    }

    private static String liveHeap(double mb) {
        return Double.isNaN(mb) ? "not read: the runs never all started" : mb < 0 ? "not read: some waits ended first"
                : String.format(Locale.ROOT, "%.0f MB", mb);
    }

    private static String table(String cols, String header) {
        return "[cols=\"" + cols + "\",options=\"header\"]\n|===\n| " + header + "\n";
    }

    private static void target(StringBuilder adoc, String what, String measured, boolean met) {
        adoc.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "*no*").append("\n");
    }
}
