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
package io.workflowrun.camel.provider.github;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.workflowrun.camel.signing.Rs256Jwt;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.github.GitHubActionsHandler;
import io.workflowrun.simulator.github.GitHubApp;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kohsuke.github.extras.authorization.JWTTokenProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our GitHub App JWT beside the one the official GitHub API for Java (org.kohsuke:github-api 1.330, on JJWT) makes from
 * the same key: both RS256, issued by the App, verified by the App's public key, inside GitHub's ten minutes; and both
 * exchanged for an installation token at the simulator, whose verifier is Nimbus JOSE + JWT.
 */
class GitHubAppJwtOracleTest {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static GitHubAppTokens ours() {
        return new GitHubAppTokens(URI.create(simulator.baseUrl(GitHubActionsHandler.ID)), GitHubApp.ID, GitHubApp.INSTALLATION_ID,
                Rs256Jwt.privateKey(GitHubApp.privateKeyPem(), "Option privateKey"), GitHubActionsClient.apiHeaders());
    }

    @Test
    void theSdksJwtAndOursAreAlike() throws Exception {
        Instant now = Instant.now();
        // the SDK reads PKCS#8 only; ours reads the PKCS#1 key GitHub hands out as well
        String sdk = new JWTTokenProvider(GitHubApp.ID, GitHubApp.privateKeyPkcs8Pem()).getEncodedAuthorization().substring("Bearer ".length());
        String ours = ours().appJwt(now);

        for (String jwt : new String[] { sdk, ours }) {
            String[] parts = jwt.split("\\.");
            assertThat(Json.readObjectOrNull(Base64.getUrlDecoder().decode(parts[0]))).containsEntry("alg", "RS256");
            Map<String, Object> claims = Json.readObjectOrNull(Base64.getUrlDecoder().decode(parts[1]));
            assertThat(claims).containsEntry("iss", GitHubApp.ID);
            long iat = ((Number) claims.get("iat")).longValue();
            long exp = ((Number) claims.get("exp")).longValue();
            assertThat(iat).isLessThan(now.getEpochSecond());
            assertThat(exp).isGreaterThan(now.getEpochSecond()).isLessThanOrEqualTo(now.getEpochSecond() + 600);
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(GitHubApp.publicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rsa.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        }
    }

    @Test
    void bothGetAnInstallationTokenAtTheSimulator() throws Exception {
        String sdk = new JWTTokenProvider(GitHubApp.ID, GitHubApp.privateKeyPkcs8Pem()).getEncodedAuthorization();
        HttpCall ourFetch = ours().fetch(Instant.now());

        for (String authorization : new String[] { sdk, ourFetch.headers().get("Authorization") }) {
            HttpRequest.Builder request = HttpRequest.newBuilder(ourFetch.uri()).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(10));
            ourFetch.headers().forEach((name, value) -> request.header(name, name.equals("Authorization") ? authorization : value));

            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(Json.readObjectOrNull(answer.body().getBytes(StandardCharsets.UTF_8))).containsKeys("token", "expires_at");
        }
    }
}
