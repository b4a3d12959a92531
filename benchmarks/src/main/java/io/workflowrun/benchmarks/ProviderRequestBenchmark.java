package io.workflowrun.benchmarks;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A provider's whole request build per message: parameters to JSON or query, URL, headers, signature. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProviderRequestBenchmark {

    @Param({"tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph", "interactly", "dify"})
    public String provider;

    private ProviderClient client;
    private RunRequest request;

    @Setup
    public void bind() {
        String baseUrl = switch (provider) {
            case "dify" -> "https://api.dify.ai/v1";
            case "interactly" -> "https://interactly.example.com";
            default -> null;
        };
        client = Providers.bind(provider, baseUrl);
        request = Providers.trigger(provider, 1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Benchmark
    public HttpCall build() {
        return client.call(request);
    }
}
