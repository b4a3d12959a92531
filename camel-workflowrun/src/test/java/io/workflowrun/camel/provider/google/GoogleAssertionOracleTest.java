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
package io.workflowrun.camel.provider.google;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.google.GoogleWorkflowsHandler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our assertion against Google's auth library's (google-auth-library-oauth2-http, test scope only): from the same JSON
 * key, both are accepted by the simulator's token endpoint, carry the same header and claims, post the same grant, and
 * verify with the account's public key.
 */
class GoogleAssertionOracleTest extends SimulatorTestSupport {

    private static final String ID = GoogleWorkflowsProvider.ID;

    @Test
    void ourAssertionIsTheOneGooglesAuthLibrarySigns() throws Exception {
        String tokenUri = simulator.baseUrl(ID) + "/token";
        String key = GoogleWorkflowsHandler.keyFile(GoogleWorkflowsHandler.CLIENT_EMAIL, GoogleWorkflowsHandler.PRIVATE_KEY_ID,
                GoogleWorkflowsHandler.PRIVATE_KEY, tokenUri);
        ServiceAccountCredentials sdk = (ServiceAccountCredentials) ServiceAccountCredentials
                .fromStream(new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)))
                .createScoped(List.of("https://www.googleapis.com/auth/cloud-platform"));

        AccessToken sdkToken = sdk.refreshAccessToken();
        assertThat(send(WorkflowRunSimulator.sample(ID).withKey(key, null).uri(simulator.baseUrl(ID)), Map.of("order", "A-1"))
                .getException()).isNull();

        List<SimulatorRequest> tokenRequests = simulator.requests(ID).stream().map(WorkflowRunSimulator.Recorded::request)
                .filter(r -> r.rawPath().equals("/token")).toList();
        assertThat(sdkToken.getTokenValue()).startsWith("ya29.");
        assertThat(simulator.requests(ID)).as("both accepted").allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(tokenRequests).hasSize(2);
        Map<String, String> theirs = form(tokenRequests.get(0));
        Map<String, String> ours = form(tokenRequests.get(1));
        assertThat(ours.keySet()).isEqualTo(theirs.keySet());
        assertThat(ours.get("grant_type")).isEqualTo(theirs.get("grant_type"));
        SignedJWT theirAssertion = SignedJWT.parse(theirs.get("assertion"));
        SignedJWT ourAssertion = SignedJWT.parse(ours.get("assertion"));
        assertThat(part(ourAssertion.getHeader().toBase64URL().toString()))
                .isEqualTo(part(theirAssertion.getHeader().toBase64URL().toString()));
        Map<String, Object> theirClaims = part(theirAssertion.getPayload().toBase64URL().toString());
        Map<String, Object> ourClaims = part(ourAssertion.getPayload().toBase64URL().toString());
        assertThat(ourClaims.keySet()).isEqualTo(theirClaims.keySet());
        for (String claim : List.of("iss", "scope", "aud")) {
            assertThat(ourClaims.get(claim)).as(claim).isEqualTo(theirClaims.get(claim));
        }
        assertThat(lifetime(ourClaims)).isEqualTo(lifetime(theirClaims));
        RSASSAVerifier accountsKey = new RSASSAVerifier(publicKey());
        assertThat(theirAssertion.verify(accountsKey)).isTrue();
        assertThat(ourAssertion.verify(accountsKey)).isTrue();
    }

    private static long lifetime(Map<String, Object> claims) {
        return ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
    }

    private static Map<String, Object> part(String base64url) {
        return Json.readObjectOrNull(new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8));
    }

    private static Map<String, String> form(SimulatorRequest request) {
        Map<String, String> form = new java.util.TreeMap<>();
        for (String pair : request.bodyText().split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8), URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static RSAPublicKey publicKey() throws Exception {
        String base64 = GoogleWorkflowsHandler.PRIVATE_KEY.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }
}
