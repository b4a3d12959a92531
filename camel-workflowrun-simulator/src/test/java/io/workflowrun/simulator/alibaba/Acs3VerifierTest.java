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
package io.workflowrun.simulator.alibaba;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.simulator.SimulatorKeys;
import io.workflowrun.simulator.SimulatorRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier against the worked example of Alibaba's "Request syntax and signature method V3" page. */
class Acs3VerifierTest {

    private static final Instant SIGNED_AT = Instant.parse("2023-10-26T10:22:32Z");
    private static final String SIGNATURE = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";
    private static final String HASHED_CANONICAL_REQUEST = "7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259";

    private static final SimulatorKeys KEYS = (provider, key) -> key.equals("YourAccessKeyId") ? "YourAccessKeySecret" : null;

    private static SimulatorRequest published(String signature) {
        return published(signature, SIGNED_AT);
    }

    private static SimulatorRequest published(String signature, Instant receivedAt) {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("host", List.of("ecs.cn-shanghai.aliyuncs.com"));
        headers.put("x-acs-action", List.of("RunInstances"));
        headers.put("x-acs-version", List.of("2014-05-26"));
        headers.put("x-acs-date", List.of("2023-10-26T10:22:32Z"));
        headers.put("x-acs-signature-nonce", List.of("3156853299f313e23d1673dc12e1703d"));
        headers.put("x-acs-content-sha256", List.of("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        headers.put("authorization", List.of("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                                             + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
                                             + signature));
        return new SimulatorRequest("alibaba-schedulerx", "POST", "/",
                "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai", headers, new byte[0], receivedAt);
    }

    @Test
    void acceptsThePublishedExample() {
        assertThat(new Acs3Verifier("alibaba-schedulerx").verify(published(SIGNATURE), KEYS)).isNull();
    }

    @Test
    void rebuildsThePublishedCanonicalRequestAndEchoesItsStringToSign() {
        String wrong = SIGNATURE.substring(0, 63) + "1";

        Acs3Verifier.Rejection rejection = new Acs3Verifier("alibaba-schedulerx").verify(published(wrong), KEYS);

        assertThat(rejection.status()).isEqualTo(400);
        assertThat(rejection.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(rejection.message()).endsWith("server string to sign is:ACS3-HMAC-SHA256\n" + HASHED_CANONICAL_REQUEST);
    }

    @Test
    void refusesTheExampleOnceItsDateIsMoreThanFifteenMinutesAway() {
        SimulatorRequest later = published(SIGNATURE, SIGNED_AT.plusSeconds(15 * 60 + 1));
        SimulatorRequest earlier = published(SIGNATURE, SIGNED_AT.minusSeconds(15 * 60 + 1));
        SimulatorRequest edge = published(SIGNATURE, SIGNED_AT.plusSeconds(15 * 60));

        assertThat(new Acs3Verifier("alibaba-schedulerx").verify(later, KEYS).code()).isEqualTo("InvalidTimeStamp.Expired");
        assertThat(new Acs3Verifier("alibaba-schedulerx").verify(earlier, KEYS).code()).isEqualTo("InvalidTimeStamp.Expired");
        assertThat(new Acs3Verifier("alibaba-schedulerx").verify(edge, KEYS)).isNull();
    }

    @Test
    void refusesAnUnknownKeyWithTheGatewaysCode() {
        SimulatorKeys other = (provider, key) -> key.equals("SomeOtherKey") ? "x" : null;

        Acs3Verifier.Rejection rejection = new Acs3Verifier("alibaba-schedulerx").verify(published(SIGNATURE), other);

        assertThat(rejection.status()).isEqualTo(404);
        assertThat(rejection.code()).isEqualTo("InvalidAccessKeyId.NotFound");
    }

    @Test
    void refusesAReplayedNonce() {
        Acs3Verifier verifier = new Acs3Verifier("alibaba-schedulerx");

        assertThat(verifier.verify(published(SIGNATURE), KEYS)).isNull();
        assertThat(verifier.verify(published(SIGNATURE), KEYS).code()).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void encodesAsAlibabaSpecifies() {
        assertThat(Acs3Verifier.percentEncode("a b*c~d+e/f=g&h%i中😀"))
                .isEqualTo("a%20b%2Ac~d%2Be%2Ff%3Dg%26h%25i%E4%B8%AD%F0%9F%98%80");
    }
}
