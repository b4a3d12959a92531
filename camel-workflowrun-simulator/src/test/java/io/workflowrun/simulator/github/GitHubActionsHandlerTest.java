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
package io.workflowrun.simulator.github;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handler's checks, with requests made here: the App JWT's rules (each refusal with GitHub's text), installation
 * tokens that expire by the simulator's clock, the User-Agent GitHub requires, and the dispatch body's schema.
 */
class GitHubActionsHandlerTest {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrivateKey appKey() throws Exception {
        String pem = GitHubApp.privateKeyPkcs8Pem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String jwt(Object issuer, Instant iat, Instant exp) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().claim("iss", issuer);
        if (iat != null) {
            claims.claim("iat", iat.getEpochSecond());
        }
        if (exp != null) {
            claims.claim("exp", exp.getEpochSecond());
        }
        SignedJWT signed = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        signed.sign(new RSASSASigner(appKey()));
        return signed.serialize();
    }

    private static String refusal(String jwt) {
        return GitHubAppJwtVerifier.refusal(jwt, GitHubApp.ID, GitHubApp.CLIENT_ID, GitHubApp.publicKey(), Instant.now());
    }

    @Test
    void anAppJwtIsTakenWithTheAppsIdAsTextOrNumberOrItsClientId() throws Exception {
        Instant now = Instant.now();
        for (Object issuer : new Object[] { GitHubApp.ID, Long.parseLong(GitHubApp.ID), GitHubApp.CLIENT_ID }) {
            assertThat(refusal(jwt(issuer, now.minusSeconds(60), now.plusSeconds(540)))).as(String.valueOf(issuer)).isNull();
        }
    }

    @Test
    void eachRuleOfTheAppJwtIsGitHubsRefusal() throws Exception {
        Instant now = Instant.now();
        assertThat(refusal(jwt(GitHubApp.ID, now.minusSeconds(60), now.plusSeconds(660)))).isEqualTo(GitHubAppJwtVerifier.EXP_TOO_FAR);
        assertThat(refusal(jwt(GitHubApp.ID, now.minusSeconds(600), now.minusSeconds(1)))).isEqualTo(GitHubAppJwtVerifier.EXP_NOT_FUTURE);
        assertThat(refusal(jwt(GitHubApp.ID, now.minusSeconds(60), null))).isEqualTo(GitHubAppJwtVerifier.EXP_NOT_FUTURE);
        assertThat(refusal(jwt(GitHubApp.ID, now.plusSeconds(120), now.plusSeconds(540)))).isEqualTo(GitHubAppJwtVerifier.IAT_INVALID);
        assertThat(refusal(jwt(GitHubApp.ID, null, now.plusSeconds(540)))).isEqualTo(GitHubAppJwtVerifier.IAT_INVALID);
        assertThat(refusal(jwt("7654321", now.minusSeconds(60), now.plusSeconds(540)))).isEqualTo(GitHubAppJwtVerifier.NOT_FOUND);
        assertThat(refusal("not.a.jwt")).isEqualTo(GitHubAppJwtVerifier.NOT_DECODED);
        // another algorithm, and a signature that is not the App's
        SignedJWT hs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().claim("iss", GitHubApp.ID)
                .claim("iat", now.minusSeconds(60).getEpochSecond()).claim("exp", now.plusSeconds(540).getEpochSecond()).build());
        hs256.sign(new MACSigner(new byte[32]));
        assertThat(refusal(hs256.serialize())).isEqualTo(GitHubAppJwtVerifier.NOT_DECODED);
        String[] parts = jwt(GitHubApp.ID, now.minusSeconds(60), now.plusSeconds(540)).split("\\.");
        String forged = parts[0] + "." + Base64URL.encode("{\"iss\":\"" + GitHubApp.ID + "\",\"iat\":" + now.minusSeconds(60).getEpochSecond()
                                                          + ",\"exp\":" + now.plusSeconds(599).getEpochSecond() + "}") + "." + parts[2];
        assertThat(refusal(forged)).isEqualTo(GitHubAppJwtVerifier.NOT_DECODED);
    }

    @Test
    void anInstallationTokenExpiresAnHourAfterItWasIssuedBySimulatorTime() throws Exception {
        Instant now = Instant.now();
        HttpResponse<String> issued = send("POST", "/app/installations/" + GitHubApp.INSTALLATION_ID + "/access_tokens",
                "Bearer " + jwt(GitHubApp.ID, now.minusSeconds(60), now.plusSeconds(540)), null);
        assertThat(issued.statusCode()).isEqualTo(201);
        Map<?, ?> answer = JSON.readValue(issued.body(), Map.class);
        String token = (String) answer.get("token");
        assertThat(Instant.parse((String) answer.get("expires_at"))).isBetween(now.plus(Duration.ofMinutes(59)), now.plus(Duration.ofMinutes(61)));
        assertThat(send("GET", "/repos/octo-org/hello-world", "token " + token, null).statusCode()).isEqualTo(200);

        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));
        HttpResponse<String> expired = send("GET", "/repos/octo-org/hello-world", "token " + token, null);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("Bad credentials");
    }

    @Test
    void aRequestWithoutUserAgentIsForbiddenAsGitHubForbidsIt() throws Exception {
        // written by hand: the JDK's client always sends a User-Agent of its own
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.get().port(GitHubActionsHandler.ID))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /repos/octo-org/hello-world HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                                            + WorkflowRunSimulator.API_KEY + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 403").contains("make sure your request has a User-Agent header");
        }
    }

    @Test
    void theDispatchBodyIsCheckedAgainstItsSchema() throws Exception {
        String path = "/repos/octo-org/hello-world/actions/workflows/ci.yml/dispatches";
        String token = "Bearer " + WorkflowRunSimulator.API_KEY;
        Map<String, String> refused = Map.of(
                "{\"inputs\":{}}", "\\\"ref\\\" wasn't supplied.",
                "{\"ref\":\"main\",\"extra\":1}", "\\\"extra\\\" is not a permitted key.",
                "{\"ref\":\"main\",\"inputs\":{\"a\":null}}", "For 'additionalProperties', nil is not a string.",
                "{\"ref\":\"main\",\"inputs\":{\"a\":true}}", "For 'additionalProperties', true is not a string.",
                "{\"ref\":\"main\",\"inputs\":[1]}", "For 'properties/inputs', [1] is not an object.",
                "{\"ref\":\"main\",\"return_run_details\":\"yes\"}", "For 'properties/return_run_details', \\\"yes\\\" is not a boolean.");

        for (Map.Entry<String, String> body : refused.entrySet()) {
            HttpResponse<String> answer = send("POST", path, token, body.getKey());

            assertThat(answer.statusCode()).as(body.getKey()).isEqualTo(422);
            assertThat(answer.body()).as(body.getKey()).contains(body.getValue());
        }
        assertThat(send("POST", path, token, "not json").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/repos/octo-org/hello-world/actions/workflows/ci/dispatches", token, "{\"ref\":\"main\"}").statusCode())
                .as("not a workflow file").isEqualTo(404);
        assertThat(simulator.get().runs()).isEmpty();
        assertThat(send("POST", path, token, "{\"ref\":\"main\"}").statusCode()).as("no details asked for").isEqualTo(204);
        assertThat(simulator.get().runs()).hasSize(1);
    }

    private static HttpResponse<String> send(String method, String path, String authorization, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl(GitHubActionsHandler.ID) + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization).header("Accept", "application/vnd.github+json")
                .header("User-Agent", "handler-test").timeout(Duration.ofSeconds(10)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
