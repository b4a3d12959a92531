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

import io.workflowrun.benchmarks.charts.BarChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The performance page's charts, drawn from the report's partial (what its tables say, read by
 * {@link MeasuredPartial}): SVG files in {@code images/performance/} beside the page that includes the partial (the
 * partial's folder, or its parent when that folder is {@code _partials}), and a partial {@code <name>-charts.adoc}
 * beside the report with an image macro for each, which the page includes. benchmarks/run.sh draws them after each
 * run; {@code benchmarks/run.sh -Dbench.skipJmh=true -Dbench.skipLoad=true} draws them again from the partial alone.
 * <p>
 * Argument: the report's partial, e.g. docs/src/docs/asciidoc/_partials/performance-measured.adoc.
 */
public final class PerformanceCharts {

    static final String IMAGES = "images/performance";

    /** One chart: its file name and what it shows. */
    record Chart(String file, String title, String svg) {
    }

    private PerformanceCharts() {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args[0]).toAbsolutePath();
        for (Path written : write(report)) {
            System.out.println("written " + written);
        }
    }

    /** Draws the charts of the report's partial and writes them and the partial that shows them; returns the files. */
    static List<Path> write(Path report) throws IOException {
        Path partials = report.getParent();
        Path page = partials.getFileName().toString().equals("_partials") ? partials.getParent() : partials;
        Path images = page.resolve(IMAGES);
        Files.createDirectories(images);
        List<Path> written = new ArrayList<>();
        StringBuilder adoc = new StringBuilder("// Written by benchmarks/run.sh (io.workflowrun.benchmarks.PerformanceCharts) from ")
                .append(report.getFileName()).append(": do not edit, run it again.\n");
        for (Chart chart : charts(MeasuredPartial.read(Files.readString(report)))) {
            Path file = images.resolve(chart.file());
            Files.writeString(file, chart.svg());
            written.add(file);
            // quoted: a comma would end the alt text and start the width
            adoc.append("\nimage::").append(IMAGES).append('/').append(chart.file()).append("[\"")
                    .append(chart.title().replace("\"", "\\\"")).append("\"]\n");
        }
        String name = report.getFileName().toString().replaceFirst("\\.adoc$", "");
        Path charts = partials.resolve(name + "-charts.adoc");
        Files.writeString(charts, adoc);
        written.add(charts);
        return written;
    }

    /** The charts the report's figures make: those it has no figures for are left out. */
    static List<Chart> charts(Report report) {
        List<Chart> charts = new ArrayList<>();
        List<String> providers = List.copyOf(report.providers());
        if (!providers.isEmpty()) {
            charts.add(perClient(report, providers, "throughput.svg", "Trigger load: triggers per second (median of the rounds)",
                    "triggers/s, more is better", Measurement.Result::throughput, v -> String.format(Locale.ROOT, "%,.0f", v)));
            charts.add(perClient(report, providers, "cpu.svg", "Trigger load: CPU per trigger (median of the rounds)",
                    "µs of the client JVM's CPU per trigger, GC included, less is better", Measurement.Result::cpuMicrosPerTrigger,
                    v -> String.format(Locale.ROOT, "%.1f", v)));
            charts.add(perClient(report, providers, "allocation.svg", "Trigger load: memory allocated per trigger (median of the rounds)",
                    "KB allocated per trigger, less is better", Measurement.Result::allocatedKbPerTrigger,
                    v -> String.format(Locale.ROOT, "%.1f", v)));
            charts.add(perClient(report, providers, "latency-p50.svg", "Trigger load: median latency, p50 (median of the rounds)",
                    "ms from trigger to answer, less is better", Measurement.Result::p50, v -> String.format(Locale.ROOT, "%.2f", v)));
            charts.add(perClient(report, providers, "latency-p99.svg", "Trigger load: latency, p99 (median of the rounds)",
                    "ms from trigger to answer, less is better", Measurement.Result::p99, v -> String.format(Locale.ROOT, "%.1f", v)));
            charts.add(perRound(report, providers, "ratio-cpu.svg", "The component's CPU per trigger over the raw client's, per round",
                    "component's CPU / raw client's, less is better", Measurement.Result::cpuMicrosPerTrigger, 1,
                    Report.CPU_TARGET, String.format(Locale.ROOT, "target: ≤ %.2f×", Report.CPU_TARGET),
                    v -> String.format(Locale.ROOT, "%.2f×", v)));
            charts.add(perRound(report, providers, "ratio-throughput.svg",
                    "The component's throughput over the raw client's, per round", "component's triggers/s as % of the raw client's, more is better",
                    Measurement.Result::throughput, 100, 100 * Report.THROUGHPUT_TARGET,
                    String.format(Locale.ROOT, "target: ≥ %.0f%%", 100 * Report.THROUGHPUT_TARGET), v -> String.format(Locale.ROOT, "%.0f%%", v)));
        }
        if (!report.jmh.isEmpty()) {
            List<String> names = report.jmh.stream().map(JmhResults.Row::benchmark).toList();
            charts.add(new Chart("jmh.svg", "Microbenchmarks (JMH): time per operation, with the 99.9% error",
                    new BarChart("Microbenchmarks (JMH): time per operation, with the 99.9% error", "µs per operation, less is better",
                            names, v -> String.format(Locale.ROOT, "%.1f", v))
                            .series("", report.jmh.stream().map(r -> r.nanosPerOp() / 1000).toList(),
                                    report.jmh.stream().map(r -> r.nanosError() / 1000).toList())
                            .reference(Report.SIGNING_TARGET_NS / 1000, String.format(Locale.ROOT,
                                    "signing target (SignerBenchmark): < %.0f µs", Report.SIGNING_TARGET_NS / 1000))
                            .toSvg()));
        }
        LoadHarness.WaitResult waits = report.waits;
        if (waits != null) {
            String title = String.format(Locale.ROOT, "%,d concurrent waits: heap per wait", waits.runs());
            double perWait = 1024.0 / waits.runs();
            charts.add(new Chart("waits-heap.svg", title, new BarChart(title, "KB of heap per wait, less is better",
                    List.of("live, after a GC, all waiting", "pools' peaks, garbage included"), v -> String.format(Locale.ROOT, "%.1f", v))
                    .series("", List.of(waits.liveHeapMb() >= 0 ? waits.liveHeapMb() * perWait : Double.NaN, waits.peakHeapMb() * perWait))
                    .reference(Report.WAIT_HEAP_TARGET_MB * perWait, String.format(Locale.ROOT, "target: < %d MB in all, %.1f KB per wait",
                            Report.WAIT_HEAP_TARGET_MB, Report.WAIT_HEAP_TARGET_MB * perWait))
                    .missing("not read in this run")
                    .toSvg()));
            title = String.format(Locale.ROOT, "%,d concurrent waits: threads the component added", waits.runs());
            charts.add(new Chart("waits-threads.svg", title, new BarChart(title, "threads, less is better",
                    List.of("threads added at peak"), v -> String.format(Locale.ROOT, "%.0f", v))
                    .series("", List.of((double) waits.componentThreads()))
                    .reference(Report.WAIT_THREADS_TARGET, "target: ≤ " + Report.WAIT_THREADS_TARGET)
                    .toSvg()));
        }
        return charts;
    }

    /** One group per provider, one bar per client: the median of its rounds. */
    private static Chart perClient(Report report, List<String> providers, String file, String title, String axis,
            ToDoubleFunction<Measurement.Result> figure, DoubleFunction<String> format) {
        BarChart chart = new BarChart(title, axis, providers, format).missing("none (no Java SDK)");
        for (String client : List.of(TriggerLoad.COMPONENT, TriggerLoad.RAW, TriggerLoad.SDK)) {
            List<Double> values = providers.stream().map(p -> Report.median(report.results(p, client), figure)).toList();
            if (values.stream().anyMatch(v -> !v.isNaN())) {
                chart.series(client, values);
            }
        }
        return new Chart(file, title, chart.toSvg());
    }

    /** One group per provider, one bar per round: the component's figure over the raw client's in that round. */
    private static Chart perRound(Report report, List<String> providers, String file, String title, String axis,
            ToDoubleFunction<Measurement.Result> figure, double scale, double target, String targetLabel,
            DoubleFunction<String> format) {
        BarChart chart = new BarChart(title, axis, providers, format).reference(target, targetLabel).missing("no raw client in this round");
        int rounds = providers.stream().mapToInt(p -> report.ratios(p, TriggerLoad.RAW, figure).size()).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            int r = round;
            chart.series("round " + (round + 1), providers.stream().map(p -> {
                List<Double> ratios = report.ratios(p, TriggerLoad.RAW, figure);
                return r < ratios.size() ? scale * ratios.get(r) : Double.NaN;
            }).toList());
        }
        return new Chart(file, title, chart.toSvg());
    }
}
