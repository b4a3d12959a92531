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

import io.workflowrun.camel.signing.Acs3Signer;
import io.workflowrun.camel.signing.SdkHmacSha256Signer;
import io.workflowrun.camel.signing.Tc3Signer;
import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RequestSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One signature per operation, on a request shaped like each provider's trigger call: the signer made once, as an
 * endpoint makes it, and the unsigned call in, the signed call out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SignerBenchmark {

    private final Credentials credentials = new Credentials("AKIDbenchmark0000000000000000000", "benchmark-secret-key-0000000000", null);
    private final Instant instant = Instant.parse("2026-01-01T00:00:00Z");

    private final RequestSigner tc3 = new Tc3Signer("wedata", credentials);
    private final HttpCall tc3Call = HttpCall.of("POST", URI.create("https://wedata.intl.tencentcloudapi.com/"),
            Map.of("Content-Type", "application/json; charset=utf-8", "X-TC-Action", "CreateTriggerWorkflowRun",
                    "X-TC-Version", "2025-08-06", "X-TC-Region", "ap-guangzhou"),
            ("{\"ProjectId\":\"3126203945134080\",\"WorkflowId\":\"9f551833-2150-4772-8ec1-78019779617c\","
             + "\"AdvancedParams\":[{\"ParamKey\":\"n\",\"ParamValue\":\"1\"}]}").getBytes(StandardCharsets.UTF_8));

    private final RequestSigner acs3 = new Acs3Signer(credentials, () -> "5f0c6e0ab8a84c56a6ab09f2b3e6d7c1");
    private final HttpCall acs3Call = HttpCall.of("GET", URI.create("https://schedulerx.cn-hangzhou.aliyuncs.com/?GroupId=group.default"
                                                                    + "&InstanceParameters=%7B%22n%22%3A1%7D&Namespace=ns-1&NamespaceSource=schedulerx"
                                                                    + "&RegionId=cn-hangzhou&WorkflowId=111"),
            Map.of("x-acs-action", "ExecuteWorkflow", "x-acs-version", "2019-04-30"), new byte[0]);

    private final RequestSigner sdkHmacSha256 = new SdkHmacSha256Signer(credentials);
    private final HttpCall sdkCall = HttpCall.of("POST", URI.create("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/0b1a2c3d4e5f40718293a4b5c6d7e8f9"
                                                                   + "/fgs/workflows/48aff955-ea10-4ffd-b426-190bc192dc14/executions"),
            Map.of("Content-Type", "application/json"), "{\"input\":{\"n\":1}}".getBytes(StandardCharsets.UTF_8));

    @Benchmark
    public HttpCall tc3() {
        return tc3.sign(tc3Call, instant);
    }

    @Benchmark
    public HttpCall acs3() {
        return acs3.sign(acs3Call, instant);
    }

    @Benchmark
    public HttpCall sdkHmacSha256() {
        return sdkHmacSha256.sign(sdkCall, instant);
    }
}
