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
package io.workflowrun.simulator.huawei;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.simulator.SimulatorKeys;
import io.workflowrun.simulator.SimulatorRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApigSignatureVerifierTest {

    // Huawei's "API Request Signing Guide", AK/SK signing algorithm, worked example (all inputs given there)
    private static final String EXAMPLE_AK = "QTWAOYTTINDUT2QVKYUC";
    private static final String EXAMPLE_SK = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";
    private static final Instant EXAMPLE_TIME = Instant.parse("2019-11-15T03:36:55Z");
    private static final String EXAMPLE_AUTHORIZATION = "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
            + "SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe";

    private static SimulatorRequest example(String authorization, Instant receivedAt) {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("host", List.of("service.region.example.com"));
        headers.put("content-type", List.of("application/json"));
        headers.put("x-sdk-date", List.of("20191115T033655Z"));
        headers.put("authorization", List.of(authorization));
        return new SimulatorRequest("huawei-functiongraph", "GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
                "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", headers, new byte[0], receivedAt);
    }

    private static SimulatorKeys keys(String accessKey, String secretKey) {
        return (provider, key) -> accessKey.equals(key) ? secretKey : null;
    }

    @Test
    void acceptsHuaweisPublishedExample() {
        assertThat(ApigSignatureVerifier.refusal(example(EXAMPLE_AUTHORIZATION, EXAMPLE_TIME), keys(EXAMPLE_AK, EXAMPLE_SK)))
                .isNull();
    }

    @Test
    void rebuildsThePublishedCanonicalRequest() {
        String canonical = ApigSignatureVerifier.canonicalRequest(example(EXAMPLE_AUTHORIZATION, EXAMPLE_TIME),
                List.of("content-type", "host", "x-sdk-date"));

        assertThat(canonical).isEqualTo("""
                GET
                /v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/
                limit=2&marker=13551d6b-755d-4757-b956-536f674975c0
                content-type:application/json
                host:service.region.example.com
                x-sdk-date:20191115T033655Z

                content-type;host;x-sdk-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }

    @Test
    void refusesThePublishedExampleWithAnotherSecret() {
        assertThat(ApigSignatureVerifier.refusal(example(EXAMPLE_AUTHORIZATION, EXAMPLE_TIME), keys(EXAMPLE_AK, "other")))
                .isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");
    }

    @Test
    void refusesThePublishedExampleSixteenMinutesLater() {
        assertThat(ApigSignatureVerifier.refusal(example(EXAMPLE_AUTHORIZATION, EXAMPLE_TIME.plusSeconds(16 * 60)),
                keys(EXAMPLE_AK, EXAMPLE_SK)))
                .isEqualTo("Incorrect IAM authentication information: calc ak sk signature fail:signature expired");
    }

    @Test
    void refusesARequestWithoutAnySignature() {
        SimulatorRequest unsigned = example(EXAMPLE_AUTHORIZATION, EXAMPLE_TIME);
        Map<String, List<String>> headers = new TreeMap<>(unsigned.headers());
        headers.remove("authorization");
        SimulatorRequest request = new SimulatorRequest(unsigned.provider(), unsigned.method(), unsigned.rawPath(),
                unsigned.rawQuery(), headers, unsigned.body(), unsigned.receivedAt());

        assertThat(ApigSignatureVerifier.refusal(request, keys(EXAMPLE_AK, EXAMPLE_SK)))
                .isEqualTo("Incorrect IAM authentication information: x-auth-token not found");
    }

    @Test
    void encodesTheQueryAsHuaweisGoSdkTestExpects() {
        // huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go, TestSigner_canonicalQueryString
        String raw = "limit=1&enable=true&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.*%29&path=/tmp/123&multi=1&multi=2&multi=3";

        assertThat(ApigSignatureVerifier.canonicalQuery(raw))
                .isEqualTo("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                           + "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29");
    }

    @Test
    void canonicalUriEncodesEachSegmentAndEndsWithOneSlash() {
        assertThat(ApigSignatureVerifier.canonicalUri("/")).isEqualTo("/");
        assertThat(ApigSignatureVerifier.canonicalUri("")).isEqualTo("/");
        assertThat(ApigSignatureVerifier.canonicalUri("/v2/p/fgs/workflows/w%20%E4%B8%AD*~/executions/"))
                .isEqualTo("/v2/p/fgs/workflows/w%20%E4%B8%AD%2A~/executions/");
    }
}
