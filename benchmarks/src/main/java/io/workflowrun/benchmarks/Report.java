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
import java.util.List;
import java.util.Locale;

/**
 * The one report: machine, JMH figures, load runs, ratios, waits, and each target met or missed, as the AsciiDoc partial
 * that docs/src/docs/asciidoc/performance.adoc includes (the page's findings, written by hand, stay in the page).
 */
final class Report {

    private static final double SIGNING_TARGET_NS = 5000;

    final int triggers;
    final int concurrency;
    final int waitCount;
    final int rounds;
    final List<Measurement.Result> results = new ArrayList<>();
    /** Every measured run, in the order run: a provider's three clients one after another, round after round. */
    final List<Measurement.Result> runs = new ArrayList<>();
    List<JmhResults.Row> jmh = List.of();
    LoadHarness.WaitResult waits;

    Report(int triggers, int concurrency, int waitCount, int rounds) {
        this.rounds = rounds;
        this.triggers = triggers;
        this.concurrency = concurrency;
        this.waitCount = waitCount;
    }

    String toAsciiDoc() {
        StringBuilder adoc = new StringBuilder("// Written by benchmarks/run.sh (io.workflowrun.benchmarks.Report): do not edit, run it again.\n\n");
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        adoc.append(String.format(Locale.ROOT, "Measured %s by `benchmarks/run.sh` on %d cores (nproc), %.1f GB memory, %s %s (%s).%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1e9,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("java.vendor")));
        adoc.append("The simulator runs in a JVM of its own on the same machine (it shares the machine's cores with the client), so the "
                  + "CPU time and heap below are the client's alone.\n\n");

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

        adoc.append(String.format(Locale.ROOT, "%n== Trigger load (%,d triggers per run after a 2,000-trigger warm-up, concurrency %d, loopback; "
                                          + "each row the median-throughput run of %d rounds)%n%n", triggers, concurrency, rounds));
        adoc.append(table("2,3,>1,>1,>1,>1,>1,>1", "provider | client | triggers/s | p50 ms | p99 ms | CPU µs/trigger | peak heap MB | errors"));
        for (Measurement.Result r : results) {
            adoc.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %.1f | %.0f | %d%n", r.provider(), r.client(),
                    r.throughput(), r.p50(), r.p99(), r.cpuMicrosPerTrigger(), r.peakHeapMb(), r.errors()));
        }
        adoc.append("|===\n");

        adoc.append("\nThe raw rows are the simulator's own capacity on this machine at this concurrency: the component's requests, "
                  + "built and signed before the clock starts, sent by a bare HttpClient 5 async client that reads only the status.\n");
        adoc.append("\nThe machine is shared, so runs vary; the same ratios taken within each round, where the three clients ran "
                  + "back to back:\n\n");
        adoc.append(table("3,>1,>1,>1", "provider | round | component/SDK | component/raw"));
        for (String provider : Providers.SIGNED) {
            List<Measurement.Result> byProvider = runs.stream().filter(r -> r.provider().equals(provider)).toList();
            for (int round = 0; round + 3 <= byProvider.size(); round += 3) {
                List<Measurement.Result> three = byProvider.subList(round, round + 3);
                double component = throughput(three, LoadHarness.COMPONENT);
                adoc.append(String.format(Locale.ROOT, "| %s | %d | %.2f× | %.0f%%%n", provider, round / 3 + 1,
                        component / throughput(three, LoadHarness.SDK), 100 * component / throughput(three, LoadHarness.RAW)));
            }
        }
        adoc.append("|===\n");
        adoc.append("\n== Targets\n\n");
        adoc.append(table("4,3,1", "target | measured | met"));
        for (String provider : Providers.SIGNED) {
            Measurement.Result component = find(provider, LoadHarness.COMPONENT);
            Measurement.Result sdk = find(provider, LoadHarness.SDK);
            Measurement.Result raw = find(provider, LoadHarness.RAW);
            if (component == null || sdk == null || raw == null) {
                continue;
            }
            double overSdk = component.throughput() / sdk.throughput();
            double overRaw = component.throughput() / raw.throughput();
            target(adoc, provider + ": component/SDK throughput ≥ 2×", String.format(Locale.ROOT, "%.2f×", overSdk), overSdk >= 2);
            target(adoc, provider + ": component/raw throughput ≥ 85%", String.format(Locale.ROOT, "%.0f%%", overRaw * 100), overRaw >= 0.85);
            adoc.append(String.format(Locale.ROOT, "| %s: CPU per trigger, component/SDK (no target) | %.2f× | –%n", provider,
                    component.cpuMicrosPerTrigger() / sdk.cpuMicrosPerTrigger()));
        }
        for (JmhResults.Row row : jmh) {
            if (row.benchmark().startsWith("SignerBenchmark")) {
                target(adoc, row.benchmark() + " < 5 µs", String.format(Locale.ROOT, "%.2f µs", row.nanosPerOp() / 1000),
                        row.nanosPerOp() < SIGNING_TARGET_NS);
            }
        }
        if (waits != null) {
            target(adoc, String.format(Locale.ROOT, "%,d concurrent waits: ≤ 32 threads added", waitCount),
                    String.format(Locale.ROOT, "%d (JVM %d before Camel started, %d before the waits, %d at peak)",
                            waits.componentThreads(), waits.jvmBaseline(), waits.beforeWaits(), waits.peak()),
                    waits.componentThreads() <= 32);
            boolean allDone = waits.completed() == waits.runs() && waits.errors() == 0;
            target(adoc, String.format(Locale.ROOT, "%,d concurrent waits: heap < 256 MB (live, after a GC, all waiting)", waitCount),
                    String.format(Locale.ROOT, "%s (%,d of %,d completed in %.1f s, %d errors)", liveHeap(waits.liveHeapMb()),
                            waits.completed(), waits.runs(), waits.seconds(), waits.errors()),
                    waits.liveHeapMb() >= 0 && waits.liveHeapMb() < 256 && allDone);
            adoc.append(String.format(Locale.ROOT, "| %,d concurrent waits: heap pools' peaks summed, garbage included (no target) "
                                                   + "| %.0f MB | –%n", waitCount, waits.peakHeapMb()));
        }
        adoc.append("|===\n");
        return adoc.toString();
    }

    private static String liveHeap(double mb) {
        return Double.isNaN(mb) ? "not read: the runs never all started" : mb < 0 ? "not read: some waits ended first"
                : String.format(Locale.ROOT, "%.0f MB", mb);
    }

    private static String table(String cols, String header) {
        return "[cols=\"" + cols + "\",options=\"header\"]\n|===\n| " + header + "\n";
    }

    private static double throughput(List<Measurement.Result> runs, String client) {
        return runs.stream().filter(r -> r.client().equals(client)).findFirst().map(Measurement.Result::throughput).orElse(Double.NaN);
    }

    private Measurement.Result find(String provider, String client) {
        return results.stream().filter(r -> r.provider().equals(provider) && r.client().equals(client)).findFirst().orElse(null);
    }

    private static void target(StringBuilder adoc, String what, String measured, boolean met) {
        adoc.append("| ").append(what).append(" | ").append(measured).append(" | ").append(met ? "yes" : "*no*").append("\n");
    }
}
