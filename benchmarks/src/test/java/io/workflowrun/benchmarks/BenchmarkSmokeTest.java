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

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmarks rely on, checked without measuring anything: every provider builds its call, JMH CSV reads. */
class BenchmarkSmokeTest {

    @Test
    void everyProviderBuildsASignedTriggerCall() {
        // a provider whose client gets access tokens gets one when it is bound: the simulator's token endpoint answers
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(1)) {
            for (String provider : Providers.ALL) {
                HttpCall call = Providers.bind(provider, simulator.baseUrl(provider))
                        .call(Providers.trigger(provider, 1, Instant.now()));

                assertThat(call.headers().keySet()).as(provider).anyMatch(name -> name.equalsIgnoreCase("Authorization"));
            }
        }
    }

    @Test
    void readsTimeAndAllocationPerOpFromJmhCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("jmh.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: provider"
                "io.workflowrun.benchmarks.ProviderRequestBenchmark.build","avgt",1,3,2500.5,120.25,"ns/op",acme
                "io.workflowrun.benchmarks.ProviderRequestBenchmark.build:gc.alloc.rate.norm","avgt",1,3,4096.0,1.0,"B/op",acme
                """);

        assertThat(JmhResults.read(csv)).containsExactly(
                new JmhResults.Row("ProviderRequestBenchmark.build(acme)", 2500.5, 120.25, 4096.0));
    }

    @Test
    void writesTheReportAsAsciiDocTablesThatAreAllClosed() {
        Report report = new Report(10, 2, 0, 2, 5);
        report.jmh = List.of(new JmhResults.Row("SignerBenchmark.tc3", 4000, 100, 7000));
        report.runs.addAll(List.of(
                result("acme", TriggerLoad.RAW, 1, 1000, 40), result("acme", TriggerLoad.COMPONENT, 1, 960, 44),
                result("acme", TriggerLoad.RAW, 2, 1000, 40), result("acme", TriggerLoad.COMPONENT, 2, 900, 44)));

        String adoc = report.toAsciiDoc();

        assertThat(adoc).contains("== Microbenchmarks", "| SignerBenchmark.tc3 | 4000 | 100 | 7000", "== Targets")
                .doesNotContain("## ", "| --- ");
        assertThat(adoc.split("\\|===", -1).length % 2).as("|=== opens and closes each table").isEqualTo(1);
        assertThat(adoc).as("each round's ratios, met only where both targets are")
                .contains("| acme | 1 | 1.100× | 96.0% | yes |", "| acme | 2 | 1.100× | 90.0% | *no* |")
                .contains("| acme: CPU per trigger ≤ 1.15× the raw client's, in every round | 1.100×, 1.100× | yes")
                .contains("| acme: throughput ≥ 95% of the raw client's, in every round | 96.0%, 90.0% | *no*")
                .contains("| acme | official SDK 8+| none: the provider publishes no Java SDK");
    }

    private static Measurement.Result result(String provider, String client, int round, double throughput, double cpu) {
        return new Measurement.Result(provider, client, round, 10, 0, throughput, 1, 2, cpu, 10, 3, 5, 1);
    }
}
