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
package io.workflowrun.camel.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SdkHmacSha256SignerTest {

    // Huawei's "API Request Signing Guide", AK/SK signing algorithm: the worked example gives every input
    private static final URI EXAMPLE_URI = URI.create(
            "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
    private static final Credentials EXAMPLE_KEYS = new Credentials("QTWAOYTTINDUT2QVKYUC",
            "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", null);
    private static final Instant EXAMPLE_TIME = Instant.parse("2019-11-15T03:36:55Z");

    private static Map<String, String> signExample(Credentials credentials) {
        return new SdkHmacSha256Signer(credentials).signatureHeaders(
                HttpCall.of("GET", EXAMPLE_URI, Map.of("Content-Type", "application/json"), new byte[0]), EXAMPLE_TIME);
    }

    @Test
    void reproducesHuaweisPublishedExampleToTheByte() {
        Map<String, String> added = signExample(EXAMPLE_KEYS);

        assertThat(added).containsExactly(
                Map.entry("Host", "service.region.example.com"),
                Map.entry("X-Sdk-Date", "20191115T033655Z"),
                Map.entry("Authorization", "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                                           + "SignedHeaders=content-type;host;x-sdk-date, "
                                           + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    @Test
    void buildsThePublishedCanonicalRequest() {
        Map<String, String> signed = new TreeMap<>(Map.of("content-type", "application/json",
                "host", "service.region.example.com", "x-sdk-date", "20191115T033655Z"));

        String canonical = SdkHmacSha256Signer.canonicalRequest("GET", EXAMPLE_URI, signed, new byte[0]);

        assertThat(Digests.sha256Hex(canonical)).isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    }

    @Test
    void encodesTheQueryAsHuaweisGoSdkTestExpects() {
        // huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go, TestSigner_canonicalQueryString
        String raw = "limit=1&enable=true&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.*%29&path=/tmp/123&multi=1&multi=2&multi=3";

        assertThat(SdkHmacSha256Signer.canonicalQuery(raw))
                .isEqualTo("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                           + "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29");
    }

    @Test
    void canonicalUriEncodesEachSegmentAndEndsWithOneSlash() {
        assertThat(SdkHmacSha256Signer.canonicalUri("")).isEqualTo("/");
        assertThat(SdkHmacSha256Signer.canonicalUri("/")).isEqualTo("/");
        assertThat(SdkHmacSha256Signer.canonicalUri("/v2/p/fgs/workflows/w%20%E4%B8%AD*~%F0%9F%9A%80/executions/"))
                .isEqualTo("/v2/p/fgs/workflows/w%20%E4%B8%AD%2A~%F0%9F%9A%80/executions/");
    }

    @Test
    void signsTheSecurityTokenOfTemporaryCredentials() {
        Map<String, String> added = signExample(new Credentials(EXAMPLE_KEYS.accessKey(), EXAMPLE_KEYS.secretKey(), "token-1"));

        assertThat(added).containsEntry("X-Security-Token", "token-1");
        assertThat(added.get("Authorization")).contains("SignedHeaders=content-type;host;x-sdk-date;x-security-token,")
                .doesNotContain("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void theSignedHostKeepsAnExplicitPort() {
        HttpCall signed = new SdkHmacSha256Signer(EXAMPLE_KEYS).sign(HttpCall.of("POST",
                URI.create("http://127.0.0.1:8443/prefix/v2/x"), Map.of(), "{}".getBytes(StandardCharsets.UTF_8)), EXAMPLE_TIME);

        assertThat(signed.headers()).containsEntry("Host", "127.0.0.1:8443");
    }

    @Test
    void isAPureFunctionOfItsInputs() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Project-Id", "p1");
        byte[] body = "{\"input\":{\"k\":\"值 🚀\"}}".getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/p1/fgs/workflows/w/executions");

        SdkHmacSha256Signer signer = new SdkHmacSha256Signer(EXAMPLE_KEYS);

        Map<String, String> first = signer.sign(HttpCall.of("POST", uri, headers, body), EXAMPLE_TIME).headers();
        Map<String, String> again = signer.sign(HttpCall.of("POST", uri, headers, body), EXAMPLE_TIME).headers();
        body[body.length - 3] = 'x';
        Map<String, String> otherBody = signer.sign(HttpCall.of("POST", uri, headers, body), EXAMPLE_TIME).headers();

        assertThat(again).isEqualTo(first);
        assertThat(otherBody.get("Authorization")).isNotEqualTo(first.get("Authorization"));
    }

    @Test
    void refusesAHeaderGivenTwice() {
        assertThatThrownBy(() -> new SdkHmacSha256Signer(EXAMPLE_KEYS).sign(HttpCall.of("GET", EXAMPLE_URI,
                Map.of("X-Project-Id", "a", "x-project-id", "b"), new byte[0]), EXAMPLE_TIME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }
}
