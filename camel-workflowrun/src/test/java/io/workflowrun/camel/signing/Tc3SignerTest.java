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
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tencent's "Signature v3" worked example (CVM DescribeInstances, 2019-02-25). The document masks its keys, and its
 * published values are computed from the masked strings themselves, so every input is known. Its revisions differ only
 * in the signed headers and the key's mask.
 */
class Tc3SignerTest {

    private static final URI CVM = URI.create("https://cvm.tencentcloudapi.com/");
    private static final byte[] PAYLOAD = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}"
            .getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Type", "application/json; charset=utf-8",
            "X-TC-Action", "DescribeInstances",
            "X-TC-Version", "2017-03-12",
            "X-TC-Region", "ap-guangzhou");
    private static final Instant TIMESTAMP = Instant.ofEpochSecond(1551113065);
    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    private static final Credentials EXAMPLE_KEYS = new Credentials(SECRET_ID, "Gu5t9xGARNpq86cd98joQYCN3*******", null);
    private static final HttpCall EXAMPLE = HttpCall.of("POST", CVM, HEADERS, PAYLOAD);

    @Test
    void reproducesTheDocumentsExampleSigningContentTypeHostAndAction() {
        Tc3Signer signer = new Tc3Signer("cvm", EXAMPLE_KEYS);

        assertThat(signer.canonicalRequest(EXAMPLE)).isEqualTo("""
                POST
                /

                content-type:application/json; charset=utf-8
                host:cvm.tencentcloudapi.com
                x-tc-action:describeinstances

                content-type;host;x-tc-action
                35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064""");
        assertThat(Digests.sha256Hex(signer.canonicalRequest(EXAMPLE)))
                .isEqualTo("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84");
        assertThat(signer.signatureHeaders(EXAMPLE, TIMESTAMP))
                .containsExactly(
                        Map.entry("X-TC-Timestamp", "1551113065"),
                        Map.entry("Authorization", "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                                                   + "SignedHeaders=content-type;host;x-tc-action, "
                                                   + "Signature=be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3"));
    }

    @Test
    void reproducesTheLatestRevisionWhoseKeyIsAllAsterisks() {
        HttpCall signed = new Tc3Signer("cvm", new Credentials(SECRET_ID, "*".repeat(32), null)).sign(EXAMPLE, TIMESTAMP);

        assertThat(signed.headers().get("Authorization")).endsWith("Signature=10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f");
    }

    @Test
    void reproducesTheEarlierRevisionSigningContentTypeAndHostOnlyAsTheSdksDo() {
        Tc3Signer signer = new Tc3Signer("cvm", List.of("content-type", "host"), EXAMPLE_KEYS);

        assertThat(Digests.sha256Hex(signer.canonicalRequest(EXAMPLE)))
                .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
        assertThat(signer.sign(EXAMPLE, TIMESTAMP).headers().get("Authorization"))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                           + "SignedHeaders=content-type;host, "
                           + "Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }

    @Test
    void datesTheScopeInUtcAndSignsTheHostWithItsPort() {
        Tc3Signer signer = new Tc3Signer("wedata", new Credentials("AKID", "secret", null));
        HttpCall call = HttpCall.of("POST", URI.create("http://127.0.0.1:41234/prefix/"), HEADERS, new byte[0]);
        // 2019-02-26 00:44:25 in UTC+8 is still the 25th in UTC
        String authorization = signer.sign(call, TIMESTAMP).headers().get("Authorization");

        assertThat(authorization).contains("Credential=AKID/2019-02-25/wedata/tc3_request");
        assertThat(signer.canonicalRequest(call))
                .contains("\nhost:127.0.0.1:41234\n")
                .startsWith("POST\n/\n\n")
                .endsWith("\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void refusesToSignWithoutAHeaderItMustSign() {
        assertThatThrownBy(() -> new Tc3Signer("wedata", new Credentials("AKID", "secret", null))
                .sign(HttpCall.of("POST", CVM, Map.of("Content-Type", "application/json"), new byte[0]), TIMESTAMP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-tc-action");
        assertThatThrownBy(() -> new Tc3Signer("wedata", List.of("host"), new Credentials("AKID", "secret", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content-type");
    }
}
