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
package io.workflowrun.simulator.aws;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.SimulatorRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against AWS's published Signature Version 4 test suite (service {@code service}, region
 * {@code us-east-1}, 2015-08-30 12:36:00 UTC, the documentation's example keys): each signed request of the suite is
 * authentic, and changed in any part it is not.
 */
class SigV4VerifierTest {

    private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final String KEY_ID = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8Y"
                                        + "UuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8Y"
                                        + "QcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";
    private static final String SCOPE = KEY_ID + "/20150830/us-east-1/service/aws4_request";
    private static final SigV4Verifier VERIFIER = new SigV4Verifier("service");

    /** A signed request of the suite, its headers as sent (a name given more than once keeps each value). */
    record Vector(String name, String method, String path, String query, Map<String, List<String>> headers, String body, boolean temporary) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Vector> suite() {
        return List.of(
                get("get-vanilla", "/", null, Map.of(), "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                get("get-header-key-duplicate", "/", null, Map.of("my-header1", List.of("value2", "value2", "value1")),
                        "host;my-header1;x-amz-date", "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
                get("get-header-value-order", "/", null, Map.of("my-header1", List.of("value4", "value1", "value3", "value2")),
                        "host;my-header1;x-amz-date", "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"),
                get("get-header-value-trim", "/", null, Map.of("my-header1", List.of("value1"), "my-header2", List.of("\"a   b   c\"")),
                        "host;my-header1;my-header2;x-amz-date", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
                get("get-unreserved", "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", null, Map.of(),
                        "host;x-amz-date", "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
                get("get-vanilla-query-order-key-case", "/", "Param2=value2&Param1=value1", Map.of(),
                        "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
                get("get-vanilla-query-order-value", "/", "Param1=value2&Param1=value1", Map.of(),
                        "host;x-amz-date", "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"),
                get("get-vanilla-utf8-query", "/", "%E1%88%B4=bar", Map.of(),
                        "host;x-amz-date", "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
                get("get-relative-relative", "/example1/example2/../..", null, Map.of(),
                        "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
                get("get-slash-pointless-dot", "/./example", null, Map.of(),
                        "host;x-amz-date", "ef75d96142cf21edca26f06005da7988e4f8dc83a165a80865db7089db637ec5"),
                get("get-slashes", "//example//", null, Map.of(), "host;x-amz-date", "9a624bd73a37c9a373b5312afbebe7a714a789de108f0bdfe846570885f57e84"),
                signed("post-x-www-form-urlencoded", "POST", "/", null, Map.of("content-type", List.of("application/x-www-form-urlencoded")),
                        "Param1=value1", false, "content-type;host;x-amz-date",
                        "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
                signed("post-sts-header-before", "POST", "/", null, Map.of("x-amz-security-token", List.of(TOKEN)), "", true,
                        "host;x-amz-date;x-amz-security-token", "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead"),
                // the token sent but not signed, as some services take it
                signed("post-sts-header-after", "POST", "/", null, Map.of("x-amz-security-token", List.of(TOKEN)), "", true,
                        "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"));
    }

    private static Vector get(String name, String path, String query, Map<String, List<String>> headers, String signedHeaders,
            String signature) {
        return signed(name, "GET", path, query, headers, "", false, signedHeaders, signature);
    }

    private static Vector signed(String name, String method, String path, String query, Map<String, List<String>> headers, String body,
            boolean temporary, String signedHeaders, String signature) {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        all.put("host", List.of("example.amazonaws.com"));
        all.put("x-amz-date", List.of("20150830T123600Z"));
        all.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature));
        return new Vector(name, method, path, query, all, body, temporary);
    }

    private static SigV4Verifier.Keys keys(boolean temporary) {
        return id -> id.equals(KEY_ID) ? new SigV4Verifier.Key(SECRET, temporary ? TOKEN : null, false) : null;
    }

    private static SimulatorRequest request(Vector vector, Map<String, List<String>> headers, String body, Instant at) {
        return new SimulatorRequest("aws-stepfunctions", vector.method(), vector.path(), vector.query(), headers,
                body.getBytes(StandardCharsets.UTF_8), at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void acceptsEachSignedRequestOfAwsPublishedTestSuite(Vector vector) {
        SigV4Verifier.Outcome outcome = VERIFIER.verify(request(vector, vector.headers(), vector.body(), SUITE_TIME), keys(vector.temporary()));

        assertThat(outcome.rejection()).isNull();
        assertThat(outcome.signer()).isEqualTo(new SigV4Verifier.Signer(KEY_ID, "us-east-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void refusesEachOfThemWithAnotherBody(Vector vector) {
        SigV4Verifier.Outcome outcome = VERIFIER.verify(request(vector, vector.headers(), vector.body() + "x", SUITE_TIME),
                keys(vector.temporary()));

        assertThat(outcome.rejection().code()).isEqualTo("InvalidSignatureException");
        assertThat(outcome.rejection().message()).startsWith("The request signature we calculated does not match");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("suite")
    void refusesEachOfThemWithAnotherSecret(Vector vector) {
        SigV4Verifier.Keys other = id -> new SigV4Verifier.Key(SECRET + "x", vector.temporary() ? TOKEN : null, false);

        assertThat(VERIFIER.verify(request(vector, vector.headers(), vector.body(), SUITE_TIME), other).rejection().code())
                .isEqualTo("InvalidSignatureException");
    }

    @Test
    void acceptsADateFiveMinutesOffAndRefusesOneSecondMore() {
        Vector vanilla = suite().get(0);
        Duration window = SigV4Verifier.WINDOW;

        assertThat(verifyAt(vanilla, SUITE_TIME.plus(window)).rejection()).isNull();
        assertThat(verifyAt(vanilla, SUITE_TIME.minus(window)).rejection()).isNull();
        assertThat(verifyAt(vanilla, SUITE_TIME.plus(window).plusSeconds(1)).rejection().message())
                .isEqualTo("Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z (20150830T124101Z - 5 min.)");
        assertThat(verifyAt(vanilla, SUITE_TIME.minus(window).minusSeconds(1)).rejection().message())
                .isEqualTo("Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z (20150830T123059Z + 5 min.)");
    }

    @Test
    void refusesAnUnknownKeyAndATokenThatIsNotTheKeys() {
        Vector sts = suite().stream().filter(v -> v.name().equals("post-sts-header-before")).findFirst().orElseThrow();
        Vector vanilla = suite().get(0);

        assertThat(VERIFIER.verify(request(vanilla, vanilla.headers(), "", SUITE_TIME), id -> null).rejection())
                .isEqualTo(new SigV4Verifier.Rejection(400, "UnrecognizedClientException", "The security token included in the request is invalid."));
        assertThat(VERIFIER.verify(request(sts, sts.headers(), "", SUITE_TIME), keys(false)).rejection().code())
                .as("a token with long-term keys").isEqualTo("UnrecognizedClientException");
        assertThat(VERIFIER.verify(request(vanilla, vanilla.headers(), "", SUITE_TIME), keys(true)).rejection().code())
                .as("temporary keys without their token").isEqualTo("UnrecognizedClientException");
        assertThat(VERIFIER.verify(request(sts, sts.headers(), "", SUITE_TIME), id -> new SigV4Verifier.Key(SECRET, TOKEN, true)).rejection())
                .isEqualTo(new SigV4Verifier.Rejection(400, "ExpiredTokenException", "The security token included in the request is expired"));
    }

    @Test
    void refusesAScopeOfAnotherServiceOrDateAndAnIncompleteAuthorization() {
        Vector vanilla = suite().get(0);
        SigV4Verifier states = new SigV4Verifier("states");
        Map<String, List<String>> noSignature = new LinkedHashMap<>(vanilla.headers());
        noSignature.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=host;x-amz-date"));
        Map<String, List<String>> otherDay = new LinkedHashMap<>(vanilla.headers());
        otherDay.put("x-amz-date", List.of("20150831T000000Z"));
        Map<String, List<String>> hostUnsigned = new LinkedHashMap<>(vanilla.headers());
        hostUnsigned.put("authorization", List.of("AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=x-amz-date, Signature=00"));

        assertThat(states.verify(request(vanilla, vanilla.headers(), "", SUITE_TIME), keys(false)).rejection().message())
                .isEqualTo("Credential should be scoped to correct service: 'states'. ");
        assertThat(VERIFIER.verify(request(vanilla, noSignature, "", SUITE_TIME), keys(false)).rejection())
                .isEqualTo(new SigV4Verifier.Rejection(400, "IncompleteSignatureException", "Authorization header requires 'Signature' parameter."));
        assertThat(VERIFIER.verify(request(vanilla, otherDay, "", SUITE_TIME.plusSeconds(60)), keys(false)).rejection().message())
                .startsWith("Date in Credential scope does not match YYYYMMDD");
        assertThat(VERIFIER.verify(request(vanilla, hostUnsigned, "", SUITE_TIME), keys(false)).rejection().code())
                .isEqualTo("IncompleteSignatureException");
        Map<String, List<String>> none = new LinkedHashMap<>(vanilla.headers());
        none.remove("authorization");
        assertThat(VERIFIER.verify(request(vanilla, none, "", SUITE_TIME), keys(false)).rejection().code())
                .isEqualTo("MissingAuthenticationTokenException");
    }

    private static SigV4Verifier.Outcome verifyAt(Vector vector, Instant at) {
        return VERIFIER.verify(request(vector, vector.headers(), vector.body(), at), keys(false));
    }
}
