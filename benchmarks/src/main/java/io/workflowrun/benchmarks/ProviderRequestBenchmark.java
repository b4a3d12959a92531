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

    /** Every provider the simulator emulates: {@link JmhLauncher} passes them, so none is named here. */
    @Param("set-by-JmhLauncher")
    public String provider;

    private ProviderClient client;
    private RunRequest request;

    @Setup
    public void bind() {
        try {
            client = Providers.bind(provider, null);
        } catch (IllegalArgumentException noDefaultEndpoint) {
            // a provider with no endpoint of its own (each customer runs one): a made-up host of the same shape
            client = Providers.bind(provider, "https://" + provider + ".example.com");
        }
        request = Providers.trigger(provider, 1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Benchmark
    public HttpCall build() {
        return client.call(request);
    }
}
