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
import io.workflowrun.camel.signing.Credentials;
import io.workflowrun.camel.signing.SdkHmacSha256Signer;
import io.workflowrun.camel.signing.Tc3Signer;
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

/** One signature per operation, on a request shaped like each provider's trigger call. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SignerBenchmark {

    private final Credentials credentials = new Credentials("AKIDbenchmark0000000000000000000", "benchmark-secret-key-0000000000", null);
    private final Instant instant = Instant.parse("2026-01-01T00:00:00Z");

    private final Tc3Signer tc3 = new Tc3Signer("wedata");
    private final URI tc3Uri = URI.create("https://wedata.intl.tencentcloudapi.com/");
    private final Map<String, String> tc3Headers = Map.of("Content-Type", "application/json; charset=utf-8",
            "X-TC-Action", "CreateTriggerWorkflowRun", "X-TC-Version", "2025-08-06", "X-TC-Region", "ap-guangzhou");
    private final byte[] tc3Body = ("{\"ProjectId\":\"3126203945134080\",\"WorkflowId\":\"9f551833-2150-4772-8ec1-78019779617c\","
                                    + "\"AdvancedParams\":[{\"ParamKey\":\"n\",\"ParamValue\":\"1\"}]}").getBytes(StandardCharsets.UTF_8);

    private final URI acs3Uri = URI.create("https://schedulerx.cn-hangzhou.aliyuncs.com/?GroupId=group.default"
                                           + "&InstanceParameters=%7B%22n%22%3A1%7D&Namespace=ns-1&NamespaceSource=schedulerx"
                                           + "&RegionId=cn-hangzhou&WorkflowId=111");
    private final Map<String, String> acs3Headers = Map.of("x-acs-action", "ExecuteWorkflow", "x-acs-version", "2019-04-30");

    private final URI sdkUri = URI.create("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/0b1a2c3d4e5f40718293a4b5c6d7e8f9"
                                          + "/fgs/workflows/48aff955-ea10-4ffd-b426-190bc192dc14/executions");
    private final Map<String, String> sdkHeaders = Map.of("Content-Type", "application/json");
    private final byte[] sdkBody = "{\"input\":{\"n\":1}}".getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public Map<String, String> tc3() {
        return tc3.sign("POST", tc3Uri, tc3Headers, tc3Body, credentials, instant);
    }

    @Benchmark
    public Map<String, String> acs3() {
        return Acs3Signer.sign("GET", acs3Uri, acs3Headers, new byte[0], credentials, instant, "5f0c6e0ab8a84c56a6ab09f2b3e6d7c1");
    }

    @Benchmark
    public Map<String, String> sdkHmacSha256() {
        return SdkHmacSha256Signer.sign("POST", sdkUri, sdkHeaders, sdkBody, credentials, instant);
    }
}
