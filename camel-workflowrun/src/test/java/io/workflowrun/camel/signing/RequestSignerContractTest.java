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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RequestSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every signer promises, whatever its algorithm: see {@link RequestSigner}. */
class RequestSignerContractTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");
    private static final Credentials KEYS = new Credentials("AKIDcontract", "contract-secret", null);
    private static final Credentials TEMPORARY = new Credentials("AKIDcontract", "contract-secret", "session-token-1");

    /** A signer, the call its provider would hand it, and the header its provider reads a session token from. */
    record Case(String name, Function<Credentials, RequestSigner> signer, HttpCall call, String tokenHeader, boolean tokenSigned) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> signers() {
        byte[] json = "{\"k\":\"值 🚀\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> tc3 = new LinkedHashMap<>();
        tc3.put("Content-Type", "application/json; charset=utf-8");
        tc3.put("X-TC-Action", "CreateTriggerWorkflowRun");
        tc3.put("X-TC-Version", "2025-08-06");
        tc3.put("X-TC-Region", "ap-guangzhou");
        Map<String, String> acs3 = Map.of("x-acs-action", "ExecuteWorkflow", "x-acs-version", "2019-04-30", "Accept", "application/json");
        return List.of(
                new Case("TC3", keys -> new Tc3Signer("wedata", keys),
                        HttpCall.of("POST", URI.create("http://127.0.0.1:41234/"), tc3, json), "X-TC-Token", false),
                new Case("ACS3", keys -> new Acs3Signer(keys, () -> "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
                        HttpCall.of("GET", URI.create("http://127.0.0.1:41234/?GroupId=g&RegionId=cn-hangzhou"), acs3, null),
                        "x-acs-security-token", true),
                new Case("SDK-HMAC-SHA256", SdkHmacSha256Signer::new,
                        HttpCall.of("POST", URI.create("http://127.0.0.1:41234/v2/p/fgs/workflows/w/executions"),
                                Map.of("Content-Type", "application/json", "X-Project-Id", "p"), json), "X-Security-Token", true),
                new Case("SigV4", keys -> new AwsSigV4Signer("states", "us-east-1", keys, true),
                        HttpCall.of("POST", URI.create("http://127.0.0.1:41234/"),
                                Map.of("Content-Type", "application/x-amz-json-1.0", "X-Amz-Target", "AWSStepFunctions.StartExecution"), json),
                        "X-Amz-Security-Token", true),
                new Case("Bearer key", keys -> new BearerKeySigner(keys.secretKey()),
                        new HttpCall("POST", URI.create("http://127.0.0.1:41234/v1/workflows/run"),
                                Map.of("Content-Type", "application/json"), json, true), null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void theSameCallAndInstantGiveTheSameSignedCall(Case c) {
        RequestSigner signer = c.signer().apply(KEYS);

        HttpCall first = signer.sign(c.call(), NOW);
        HttpCall again = signer.sign(c.call(), NOW);
        HttpCall byAnotherSigner = c.signer().apply(KEYS).sign(c.call(), NOW);

        assertThat(again.headers()).isEqualTo(first.headers()).isEqualTo(byAnotherSigner.headers());
        assertThat(first.headers()).containsKey("Authorization");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void addsHeadersAndChangesNothingElse(Case c) {
        Map<String, String> headersBefore = Map.copyOf(c.call().headers());
        byte[] bodyBefore = c.call().body().clone();

        HttpCall signed = c.signer().apply(KEYS).sign(c.call(), NOW);

        assertThat(c.call().headers()).isEqualTo(headersBefore);
        assertThat(c.call().body()).isEqualTo(bodyBefore);
        assertThat(signed).isNotSameAs(c.call());
        assertThat(signed.method()).isEqualTo(c.call().method());
        assertThat(signed.uri()).isEqualTo(c.call().uri());
        assertThat(signed.body()).isEqualTo(bodyBefore);
        assertThat(signed.eventStream()).isEqualTo(c.call().eventStream());
        assertThat(signed.headers()).containsAllEntriesOf(headersBefore).hasSizeGreaterThan(headersBefore.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void aSignatureDependsOnTheInstant(Case c) {
        RequestSigner signer = c.signer().apply(KEYS);
        String now = signer.sign(c.call(), NOW).headers().get("Authorization");
        String later = signer.sign(c.call(), NOW.plusSeconds(1)).headers().get("Authorization");

        if (c.tokenHeader() == null) {
            // a bearer key is the same at any instant
            assertThat(later).isEqualTo(now);
        } else {
            assertThat(later).isNotEqualTo(now);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void refusesToSignASignedCallAgain(Case c) {
        RequestSigner signer = c.signer().apply(KEYS);
        HttpCall signed = signer.sign(c.call(), NOW);

        assertThatThrownBy(() -> signer.sign(signed, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void sendsTheSessionTokenOfTemporaryCredentialsUnderTheProvidersHeader(Case c) {
        if (c.tokenHeader() == null) {
            return;
        }
        Map<String, String> signed = c.signer().apply(TEMPORARY).sign(c.call(), NOW).headers();
        Map<String, String> permanent = c.signer().apply(KEYS).sign(c.call(), NOW).headers();

        assertThat(signed).containsEntry(c.tokenHeader(), "session-token-1");
        assertThat(permanent).doesNotContainKey(c.tokenHeader());
        // signed where the provider's SDK signs it (ACS3, SDK-HMAC-SHA256, SigV4), only sent where it does not (TC3)
        String signedHeaders = Arrays.stream(signed.get("Authorization").split("[, ]+"))
                .filter(part -> part.startsWith("SignedHeaders=")).findFirst().orElseThrow();
        assertThat(signedHeaders.contains(c.tokenHeader().toLowerCase(java.util.Locale.ROOT))).isEqualTo(c.tokenSigned());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signers")
    void aBlankSessionTokenIsNoToken(Case c) {
        if (c.tokenHeader() == null) {
            return;
        }
        Map<String, String> signed = c.signer().apply(new Credentials("AKIDcontract", "contract-secret", " ")).sign(c.call(), NOW)
                .headers();

        assertThat(signed).doesNotContainKey(c.tokenHeader())
                .isEqualTo(c.signer().apply(KEYS).sign(c.call(), NOW).headers());
    }

    @Test
    void noSignerShowsItsSecretInText() {
        for (Case c : signers()) {
            assertThat(c.signer().apply(TEMPORARY).toString()).as(c.name())
                    .doesNotContain("contract-secret").doesNotContain("session-token-1");
        }
    }

    @Test
    void aBearerKeySignerSignsEachCallWithItsOwnHeaders() {
        BearerKeySigner signer = new BearerKeySigner("app-key");
        HttpCall get = HttpCall.of("GET", URI.create("http://127.0.0.1:41234/workflows/run/r1"), Map.of("Accept", "application/json"), null);
        HttpCall post = HttpCall.of("POST", URI.create("http://127.0.0.1:41234/workflows/run"),
                Map.of("Accept", "text/event-stream", "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));

        for (int i = 0; i < 2; i++) {
            for (HttpCall call : List.of(get, get, post, get, post, post)) {
                HttpCall signed = signer.sign(call, NOW);
                Map<String, String> expected = new LinkedHashMap<>(call.headers());
                expected.put("Authorization", "Bearer app-key");
                assertThat(signed.headers()).isEqualTo(expected);
                assertThat(signed.uri()).isEqualTo(call.uri());
                assertThat(signed.body()).isEqualTo(call.body());
            }
        }
    }

    @Test
    void tc3DerivesTheKeyOfEachDayItSignsOn() {
        Tc3Signer signer = new Tc3Signer("wedata", KEYS);
        HttpCall call = signers().get(0).call();
        Instant beforeMidnight = Instant.parse("2026-03-04T23:59:59Z");

        String first = signer.sign(call, beforeMidnight).headers().get("Authorization");
        String nextDay = signer.sign(call, beforeMidnight.plusSeconds(1)).headers().get("Authorization");
        String firstAgain = signer.sign(call, beforeMidnight).headers().get("Authorization");

        assertThat(first).contains("/2026-03-04/wedata/tc3_request");
        assertThat(nextDay).contains("/2026-03-05/wedata/tc3_request");
        // the same as a signer that never signed on another day
        assertThat(firstAgain).isEqualTo(first)
                .isEqualTo(new Tc3Signer("wedata", KEYS).sign(call, beforeMidnight).headers().get("Authorization"));
        assertThat(nextDay).isEqualTo(new Tc3Signer("wedata", KEYS).sign(call, beforeMidnight.plusSeconds(1)).headers()
                .get("Authorization"));
    }
}
