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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.alibaba.Acs3Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class Acs3SignerTest {

    private static final Instant EXAMPLE_TIME = Instant.parse("2023-10-26T10:22:32Z");
    private static final String EXAMPLE_NONCE = "3156853299f313e23d1673dc12e1703d";
    private static final Credentials EXAMPLE_KEY = new Credentials("YourAccessKeyId", "YourAccessKeySecret", null);
    private static final Map<String, String> EXAMPLE_HEADERS = Map.of("x-acs-action", "RunInstances", "x-acs-version", "2014-05-26");
    private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /** Alibaba's "Request syntax and signature method V3" page, its worked example, to the byte. */
    @Test
    void reproducesThePublishedExample() {
        URI url = URI.create("https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");

        Map<String, String> added = new Acs3Signer(EXAMPLE_KEY, () -> EXAMPLE_NONCE)
                .signatureHeaders(HttpCall.of("POST", url, EXAMPLE_HEADERS, new byte[0]), EXAMPLE_TIME);

        assertThat(added).containsExactly(
                Map.entry("x-acs-date", "2023-10-26T10:22:32Z"),
                Map.entry("x-acs-signature-nonce", EXAMPLE_NONCE),
                Map.entry("x-acs-content-sha256", EMPTY_HASH),
                Map.entry("Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                                           + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                                           + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    }

    @Test
    void reproducesThePublishedCanonicalRequestHash() {
        Map<String, String> headers = new LinkedHashMap<>(EXAMPLE_HEADERS);
        headers.put("host", "ecs.cn-shanghai.aliyuncs.com");
        headers.put("x-acs-date", "2023-10-26T10:22:32Z");
        headers.put("x-acs-signature-nonce", EXAMPLE_NONCE);
        headers.put("x-acs-content-sha256", EMPTY_HASH);
        // the query in another order, escaped differently: the canonical form is the same
        URI url = URI.create("https://ecs.cn-shanghai.aliyuncs.com/?RegionId=cn%2Dshanghai&ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");

        String canonical = Acs3Signer.canonicalRequest("POST", url, Acs3Signer.signedHeaders(headers), EMPTY_HASH);

        assertThat(Digests.sha256Hex(canonical)).isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
    }

    @Test
    void encodesAsAlibabaSpecifies() {
        assertThat(Acs3Signer.encode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(Acs3Signer.encode("a b*c+d/e=f&g%h:i")).isEqualTo("a%20b%2Ac%2Bd%2Fe%3Df%26g%25h%3Ai");
        assertThat(Acs3Signer.encode("中😀")).isEqualTo("%E4%B8%AD%F0%9F%98%80");
    }

    @Test
    void isAPureFunctionOfItsInputs() {
        URI url = URI.create("http://127.0.0.1:8080/?A=1");
        Credentials key = new Credentials("ak", "sk", "token");
        HttpCall call = HttpCall.of("GET", url, EXAMPLE_HEADERS, new byte[0]);

        assertThat(new Acs3Signer(key, () -> "n1").sign(call, EXAMPLE_TIME).headers())
                .isEqualTo(new Acs3Signer(key, () -> "n1").sign(call, EXAMPLE_TIME).headers())
                .isNotEqualTo(new Acs3Signer(key, () -> "n2").sign(call, EXAMPLE_TIME).headers());
    }

    record Case(String name, String method, String url, Map<String, String> headers, byte[] body, String token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> matrix() {
        String tricky = "&=+/%~* 中文😀";
        String query = "?" + Acs3Signer.encode(tricky) + "=" + Acs3Signer.encode(tricky)
                       + "&b=" + Acs3Signer.encode("x y") + "&" + Acs3Signer.encode("名") + "=&a=1&a=0";
        byte[] large = "{\"k\":\"".concat("中".repeat(300_000)).concat("\"}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> rpc = Map.of("x-acs-action", "ExecuteWorkflow", "x-acs-version", "2019-04-30", "Accept", "application/json");
        Map<String, String> json = new LinkedHashMap<>(rpc);
        json.put("Content-Type", "application/json; charset=utf-8");
        List<Case> cases = new ArrayList<>();
        for (String token : new String[] {null, "CAIS+token/=="}) {
            String t = token == null ? "" : ", security token";
            cases.add(new Case("reserved, Chinese and emoji query" + t, "GET", "https://schedulerx.cn-hangzhou.aliyuncs.com/" + query, rpc, new byte[0], token));
            cases.add(new Case("port" + t, "GET", "http://127.0.0.1:41234/" + query, rpc, new byte[0], token));
            cases.add(new Case("port and path prefix" + t, "GET", "http://127.0.0.1:41234/gw/" + Acs3Signer.encode("路 径") + "/" + query, rpc, new byte[0], token));
            cases.add(new Case("no query" + t, "GET", "http://localhost:8080/", rpc, new byte[0], token));
            cases.add(new Case("empty body" + t, "POST", "http://127.0.0.1:41234/" + query, json, new byte[0], token));
            cases.add(new Case("large body" + t, "POST", "http://127.0.0.1:41234/p/" + query, json, large, token));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void signsWhatTheSimulatorsVerifierAccepts(Case c) {
        URI url = URI.create(c.url());
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        Credentials key = new Credentials("LTAI5tExample", "secret &=+/%~* 中文😀", c.token());
        Map<String, String> headers = new Acs3Signer(key, () -> "0f1e2d3c4b5a69788796a5b4c3d2e1f0")
                .sign(HttpCall.of(c.method(), url, c.headers(), c.body()), now).headers();

        assertThat(verify(received(c.method(), url, headers, c.body(), now), key)).isNull();
        if (c.token() != null) {
            assertThat(headers).containsEntry("x-acs-security-token", c.token());
            assertThat(headers.get("Authorization")).contains("x-acs-security-token");
        }

        // and with one body byte, one signed header or the secret changed, it does not
        byte[] tampered = (new String(c.body(), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertThat(verify(received(c.method(), url, headers, tampered, now), key).code()).isEqualTo("SignatureDoesNotMatch");
        Map<String, String> otherAction = new LinkedHashMap<>(headers);
        otherAction.put("x-acs-action", "ExecuteJob");
        assertThat(verify(received(c.method(), url, otherAction, c.body(), now), key).code()).isEqualTo("SignatureDoesNotMatch");
        Credentials otherSecret = new Credentials(key.accessKey(), key.secretKey() + "!", key.securityToken());
        assertThat(verify(received(c.method(), url, headers, c.body(), now), otherSecret).code()).isEqualTo("SignatureDoesNotMatch");
    }

    /** The request as a server receives it: header names in lower case, Host from the URL as the client sends it. */
    private static SimulatorRequest received(String method, URI url, Map<String, String> headers, byte[] body, Instant at) {
        Map<String, List<String>> received = new TreeMap<>();
        headers.forEach((name, value) -> received.put(name.toLowerCase(Locale.ROOT), List.of(value)));
        received.put("host", List.of(url.getRawAuthority()));
        return new SimulatorRequest("alibaba-schedulerx", method, url.getRawPath(), url.getRawQuery(), received, body, at);
    }

    private static Acs3Verifier.Rejection verify(SimulatorRequest request, Credentials key) {
        return new Acs3Verifier("alibaba-schedulerx")
                .verify(request, (provider, accessKey) -> key.accessKey().equals(accessKey) ? key.secretKey() : null);
    }
}
