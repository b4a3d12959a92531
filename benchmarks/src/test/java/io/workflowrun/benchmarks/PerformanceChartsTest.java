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

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts are drawn from what the report's partial says, and the docs carry the charts of the partial they carry. */
class PerformanceChartsTest {

    private static final Path DOCS = Path.of("../docs/src/docs/asciidoc");

    @Test
    void readsBackEveryFigureTheReportWrote() {
        Report written = report(-1);

        Report read = MeasuredPartial.read(written.toAsciiDoc());

        assertThat(read.runs).containsExactlyInAnyOrderElementsOf(written.runs);
        assertThat(read.jmh).containsExactlyElementsOf(written.jmh);
        assertThat(read.waits).isEqualTo(written.waits);
        assertThat(List.of(read.triggers, read.concurrency, read.waitCount, read.rounds, read.slice)).containsExactly(10, 2, 10000, 2, 5);
        assertThat(MeasuredPartial.read(report(57).toAsciiDoc()).waits.liveHeapMb()).isEqualTo(57);
    }

    @Test
    void drawsEachFigureOfTheReport() {
        Map<String, String> charts = PerformanceCharts.charts(MeasuredPartial.read(report(57).toAsciiDoc())).stream()
                .collect(Collectors.toMap(PerformanceCharts.Chart::file, PerformanceCharts.Chart::svg));

        assertThat(charts).containsOnlyKeys("throughput.svg", "cpu.svg", "allocation.svg", "latency-p50.svg", "latency-p99.svg",
                "ratio-cpu.svg", "ratio-throughput.svg", "jmh.svg", "waits-heap.svg", "waits-threads.svg");
        assertThat(charts.get("throughput.svg")).as("medians of the rounds, per client")
                .contains("<title>acme, camel-workflowrun: 930</title>", "<title>acme, raw HttpClient 5 (pre-signed): 1,000</title>")
                .as("no series for a client measured for no provider").doesNotContain("official SDK");
        assertThat(charts.get("ratio-cpu.svg")).contains("<title>acme, round 1: 1.10×</title>", "<title>acme, round 2: 1.20×</title>",
                "target: ≤ 1.15×");
        assertThat(charts.get("ratio-throughput.svg")).contains("<title>acme, round 1: 96%</title>", "<title>acme, round 2: 90%</title>",
                "target: ≥ 95%");
        assertThat(charts.get("latency-p99.svg")).contains("<title>acme, camel-workflowrun: 2.0</title>");
        assertThat(charts.get("jmh.svg")).contains("<title>SignerBenchmark.tc3: 4.0</title>", "class=\"error\"",
                "signing target (SignerBenchmark): &lt; 5 µs");
        assertThat(charts.get("waits-heap.svg")).as("10,000 waits in 57 MB: 5.8 KB each")
                .contains("<title>live, after a GC, all waiting: 5.8</title>", "target: &lt; 256 MB in all, 26.2 KB per wait");
        assertThat(charts.get("waits-threads.svg")).contains("<title>threads added at peak: 4</title>", "target: ≤ 32");
    }

    @Test
    void writesTheChartsBesideThePageAndAPartialThatShowsThem(@TempDir Path page) throws Exception {
        Path partial = page.resolve("_partials/measured.adoc");
        Files.createDirectories(partial.getParent());
        Files.writeString(partial, report(-1).toAsciiDoc());

        PerformanceCharts.write(partial);

        assertThat(page.resolve("images/performance/throughput.svg")).content().startsWith("<svg ").contains("camel-workflowrun");
        assertThat(page.resolve("images/performance/waits-heap.svg")).content().contains("not read in this run");
        assertThat(page.resolve("_partials/measured-charts.adoc")).content()
                .contains("image::images/performance/throughput.svg[\"Trigger load: triggers per second (median of the rounds)\"]")
                .as("quoted, or the comma would end the alt text")
                .contains("image::images/performance/waits-threads.svg[\"10,000 concurrent waits: threads the component added\"]");
    }

    @Test
    void theDocsCarryTheChartsOfTheFiguresTheyShow(@TempDir Path page) throws Exception {
        Path partial = page.resolve("_partials/performance-measured.adoc");
        Files.createDirectories(partial.getParent());
        Files.copy(DOCS.resolve("_partials/performance-measured.adoc"), partial);

        PerformanceCharts.write(partial);

        assertThat(partial.resolveSibling("performance-measured-charts.adoc")).as("run benchmarks/run.sh -Dbench.skipJmh=true "
                + "-Dbench.skipLoad=true").hasSameTextualContentAs(DOCS.resolve("_partials/performance-measured-charts.adoc"));
        try (var charts = Files.list(page.resolve(PerformanceCharts.IMAGES))) {
            for (Path chart : charts.toList()) {
                assertThat(DOCS.resolve(PerformanceCharts.IMAGES).resolve(chart.getFileName())).as("run benchmarks/run.sh "
                        + "-Dbench.skipJmh=true -Dbench.skipLoad=true").hasSameTextualContentAs(chart);
            }
        }
    }

    /** Two rounds of acme: the component at 960 and 900 triggers/s, the raw client at 1,000; waits, and one JMH row. */
    private static Report report(double liveHeapMb) {
        Report report = new Report(10, 2, 10000, 2, 5);
        report.jmh = List.of(new JmhResults.Row("SignerBenchmark.tc3", 4000, 100, 7000));
        report.runs.addAll(List.of(
                result(TriggerLoad.RAW, 1, 1000, 40), result(TriggerLoad.COMPONENT, 1, 960, 44),
                result(TriggerLoad.RAW, 2, 1000, 40), result(TriggerLoad.COMPONENT, 2, 900, 48)));
        report.waits = new LoadHarness.WaitResult(10000, 10000, 0, 8, 11, 12, 193, liveHeapMb, 23.2);
        return report;
    }

    private static Measurement.Result result(String client, int round, double throughput, double cpu) {
        return new Measurement.Result("acme", client, round, 0, 0, throughput, 1.25, 2, cpu, 10.5, 3, 5, 1);
    }
}
