package io.workflowrun.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.workflowrun.camel.spi.HttpCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmarks rely on, checked without measuring anything: every provider builds its call, JMH CSV reads. */
class BenchmarkSmokeTest {

    @Test
    void everyProviderBuildsASignedTriggerCall() {
        for (String provider : Providers.ALL) {
            HttpCall call = Providers.bind(provider, "http://127.0.0.1:1" + (provider.equals("dify") ? "/v1" : ""))
                    .call(Providers.trigger(provider, 1, Instant.now()));

            assertThat(call.headers().keySet()).as(provider).anyMatch(name -> name.equalsIgnoreCase("Authorization"));
        }
    }

    @Test
    void readsTimeAndAllocationPerOpFromJmhCsv(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("jmh.csv");
        Files.writeString(csv, """
                "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: provider"
                "io.workflowrun.benchmarks.ProviderRequestBenchmark.build","avgt",1,3,2500.5,120.25,"ns/op",dify
                "io.workflowrun.benchmarks.ProviderRequestBenchmark.build:gc.alloc.rate.norm","avgt",1,3,4096.0,1.0,"B/op",dify
                """);

        assertThat(JmhResults.read(csv)).containsExactly(
                new JmhResults.Row("ProviderRequestBenchmark.build(dify)", 2500.5, 120.25, 4096.0));
    }
}
