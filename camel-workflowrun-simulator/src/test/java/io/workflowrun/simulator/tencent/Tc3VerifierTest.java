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
package io.workflowrun.simulator.tencent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.simulator.SimulatorRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier checked against Tencent's own worked example ("Signature v3", CVM DescribeInstances, 2019-02-25). */
class Tc3VerifierTest {

    private static final String SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******";
    private static final String SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3*******";
    private static final Instant AT = Instant.ofEpochSecond(1551113065);
    private static final String SIGNATURE = "be4f67d323c78ab9acb7395e43c0dbcf822a9cfac32fea2449a7bc7726b770a3";

    private static SimulatorRequest documentExample(String signature, String body) {
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("authorization", List.of("TC3-HMAC-SHA256 Credential=" + SECRET_ID + "/2019-02-25/cvm/tc3_request, "
                                             + "SignedHeaders=content-type;host;x-tc-action, Signature=" + signature));
        headers.put("content-type", List.of("application/json; charset=utf-8"));
        headers.put("host", List.of("cvm.tencentcloudapi.com"));
        headers.put("x-tc-action", List.of("DescribeInstances"));
        headers.put("x-tc-timestamp", List.of("1551113065"));
        headers.put("x-tc-version", List.of("2017-03-12"));
        headers.put("x-tc-region", List.of("ap-guangzhou"));
        return new SimulatorRequest("tencent-wedata", "POST", "/", null, headers, body.getBytes(StandardCharsets.UTF_8), AT);
    }

    private static final String BODY = "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    private static Tc3Verifier.Rejection verify(SimulatorRequest request, Instant now) {
        return new Tc3Verifier("cvm").verify(request, id -> id.equals(SECRET_ID) ? SECRET_KEY : null, now);
    }

    @Test
    void acceptsTheDocumentsSignedRequest() {
        assertThat(verify(documentExample(SIGNATURE, BODY), AT)).isNull();
    }

    @Test
    void rejectsItWithOneBodyByteChanged() {
        assertThat(verify(documentExample(SIGNATURE, BODY.replace("Limit\": 1", "Limit\": 2")), AT).code())
                .isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void rejectsItForAnotherService() {
        assertThat(new Tc3Verifier("wedata").verify(documentExample(SIGNATURE, BODY),
                id -> SECRET_KEY, AT).code()).isEqualTo("AuthFailure.SignatureFailure");
    }

    @Test
    void rejectsItFiveMinutesAndOneSecondLaterButNotFiveMinutesLater() {
        assertThat(verify(documentExample(SIGNATURE, BODY), AT.plusSeconds(300))).isNull();
        assertThat(verify(documentExample(SIGNATURE, BODY), AT.plusSeconds(301)).code()).isEqualTo("AuthFailure.SignatureExpire");
        assertThat(verify(documentExample(SIGNATURE, BODY), AT.minusSeconds(301)).code()).isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void rejectsAnUnknownSecretIdAndAMalformedAuthorization() {
        assertThat(new Tc3Verifier("cvm").verify(documentExample(SIGNATURE, BODY), id -> null, AT).code())
                .isEqualTo("AuthFailure.SecretIdNotFound");
        SimulatorRequest malformed = documentExample(SIGNATURE, BODY);
        Map<String, List<String>> headers = new TreeMap<>(malformed.headers());
        headers.put("authorization", List.of("TC3-HMAC-SHA256 Credential=" + SECRET_ID + ", Signature=" + SIGNATURE));
        assertThat(verify(new SimulatorRequest("tencent-wedata", "POST", "/", null, headers, malformed.body(), AT), AT).code())
                .isEqualTo("AuthFailure.InvalidAuthorization");
    }
}
