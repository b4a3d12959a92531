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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the figures of a report that {@link Report#toAsciiDoc()} wrote (the partial the performance page
 * includes), so that the charts are drawn from what the page's tables say, also from a run made before the charts
 * existed. The tables are found by their header row, the waits by the wording of their rows in the targets table.
 */
final class MeasuredPartial {

    private static final Pattern TRIGGER_LOAD = Pattern.compile(
            "^== Trigger load \\(.*concurrency (\\d+), ([\\d,]+) triggers per client per round in slices of ([\\d,]+), (\\d+) rounds\\)");
    private static final Pattern WAIT_THREADS = Pattern.compile(
            "^([\\d,]+) concurrent waits: ≤ \\d+ threads added$");
    private static final Pattern THREADS_MEASURED = Pattern.compile(
            "^(\\d+) \\(JVM (\\d+) before Camel started, (\\d+) before the waits, (\\d+) at peak\\)$");
    private static final Pattern HEAP_MEASURED = Pattern.compile(
            "^(?:(\\d+) MB|not read: (some waits ended first|the runs never all started)) "
            + "\\(([\\d,]+) of ([\\d,]+) completed in ([\\d.]+) s, (\\d+) errors\\)$");
    private static final Pattern PEAK_MEASURED = Pattern.compile("^(\\d+) MB$");

    private MeasuredPartial() {
    }

    /** The report whose {@link Report#toAsciiDoc()} gave {@code adoc}, as far as its tables keep it. */
    static Report read(String adoc) {
        int concurrency = 0;
        int triggers = 0;
        int slice = 0;
        int rounds = 0;
        for (String line : adoc.lines().toList()) {
            Matcher heading = TRIGGER_LOAD.matcher(line);
            if (heading.find()) {
                concurrency = Integer.parseInt(heading.group(1));
                triggers = integer(heading.group(2));
                slice = integer(heading.group(3));
                rounds = Integer.parseInt(heading.group(4));
            }
        }
        List<List<String>> jmh = List.of();
        List<List<String>> runs = List.of();
        List<List<String>> targets = List.of();
        for (List<List<String>> table : tables(adoc)) {
            List<String> header = table.get(0);
            if (header.get(0).equals("benchmark")) {
                jmh = table;
            } else if (header.contains("client") && header.contains("round")) {
                runs = table;
            } else if (header.get(0).equals("target")) {
                targets = table;
            }
        }

        int waitCount = 0;
        LoadHarness.WaitResult waits = null;
        int[] threads = null;
        Matcher heap = null;
        double peakHeapMb = Double.NaN;
        for (List<String> row : rows(targets)) {
            Matcher threadTarget = WAIT_THREADS.matcher(row.get(0));
            Matcher measured;
            if (threadTarget.matches() && (measured = THREADS_MEASURED.matcher(row.get(1))).matches()) {
                waitCount = integer(threadTarget.group(1));
                threads = new int[] {Integer.parseInt(measured.group(2)), Integer.parseInt(measured.group(3)),
                        Integer.parseInt(measured.group(4))};
            } else if (row.get(0).contains("concurrent waits: heap <") && (measured = HEAP_MEASURED.matcher(row.get(1))).matches()) {
                heap = measured;
            } else if (row.get(0).contains("concurrent waits: heap pools' peaks") && (measured = PEAK_MEASURED.matcher(row.get(1))).matches()) {
                peakHeapMb = Double.parseDouble(measured.group(1));
            }
        }
        if (threads != null && heap != null) {
            double liveHeapMb = heap.group(1) != null ? Double.parseDouble(heap.group(1))
                    : heap.group(2).startsWith("some") ? -1 : Double.NaN;
            waits = new LoadHarness.WaitResult(integer(heap.group(4)), integer(heap.group(3)), Integer.parseInt(heap.group(6)),
                    threads[0], threads[1], threads[2], peakHeapMb, liveHeapMb, Double.parseDouble(heap.group(5)));
        }

        Report report = new Report(triggers, concurrency, waitCount, rounds, slice);
        report.waits = waits;
        List<JmhResults.Row> benchmarks = new ArrayList<>();
        for (List<String> row : rows(jmh)) {
            benchmarks.add(new JmhResults.Row(row.get(0), number(row.get(1)), number(row.get(2)), number(row.get(3))));
        }
        report.jmh = benchmarks;
        if (!runs.isEmpty()) {
            List<String> h = runs.get(0);
            for (List<String> row : rows(runs)) {
                report.runs.add(new Measurement.Result(row.get(h.indexOf("provider")), row.get(h.indexOf("client")),
                        Integer.parseInt(row.get(h.indexOf("round"))), 0, Integer.parseInt(row.get(h.indexOf("errors"))),
                        number(row.get(h.indexOf("triggers/s"))), number(row.get(h.indexOf("p50 ms"))),
                        number(row.get(h.indexOf("p99 ms"))), number(row.get(h.indexOf("CPU µs/trigger"))),
                        number(row.get(h.indexOf("KB/trigger"))), number(row.get(h.indexOf("of which GC"))),
                        number(row.get(h.indexOf("stub CPU µs/trigger"))), number(row.get(h.indexOf("JIT µs/trigger")))));
            }
        }
        return report;
    }

    /** Each table as its rows of cells, the header row first; rows that span columns are left out. */
    private static List<List<List<String>>> tables(String adoc) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : adoc.lines().toList()) {
            if (line.equals("|===")) {
                if (table != null && !table.isEmpty()) {
                    tables.add(table);
                }
                table = table == null ? new ArrayList<>() : null;
            } else if (table != null && line.startsWith("| ")) {
                List<String> cells = List.of(line.substring(2).split(" \\| ", -1)).stream().map(String::strip).toList();
                if (table.isEmpty() || cells.size() == table.get(0).size()) {
                    table.add(cells);
                }
            }
        }
        return tables;
    }

    private static List<List<String>> rows(List<List<String>> table) {
        return table.isEmpty() ? table : table.subList(1, table.size());
    }

    private static int integer(String text) {
        return Integer.parseInt(text.replace(",", ""));
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
