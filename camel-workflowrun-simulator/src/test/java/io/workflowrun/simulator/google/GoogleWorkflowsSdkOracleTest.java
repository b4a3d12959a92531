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
package io.workflowrun.simulator.google;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.google.auth.oauth2.ServiceAccountCredentials;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Google's auth library (google-auth-library-oauth2-http, test scope only) against the simulator's token endpoint: its
 * assertions verify there, the tokens it gets work on the executions API until they expire, and its assertions signed
 * with another key, or by an unknown account, are refused as Google refuses them.
 */
class GoogleWorkflowsSdkOracleTest {

    private static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
    private static final String WORKFLOW = "/v1/projects/sim-project/locations/us-central1/workflows/order-pipeline";

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ServiceAccountCredentials sdk(String account, String privateKeyPem, String scope) throws IOException {
        String key = GoogleWorkflowsHandler.keyFile(account, GoogleWorkflowsHandler.PRIVATE_KEY_ID, privateKeyPem,
                simulator.baseUrl(GoogleWorkflowsHandler.ID) + "/token");
        return (ServiceAccountCredentials) ServiceAccountCredentials
                .fromStream(new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8))).createScoped(List.of(scope));
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl(GoogleWorkflowsHandler.ID) + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sampleToken() throws IOException {
        return sdk(GoogleWorkflowsHandler.CLIENT_EMAIL, GoogleWorkflowsHandler.PRIVATE_KEY, CLOUD_PLATFORM).refreshAccessToken()
                .getTokenValue();
    }

    @Test
    void theSdksTokenStartsReadsAndCancelsAnExecution() throws Exception {
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        String token = sampleToken();

        HttpResponse<String> created = call("POST", WORKFLOW + "/executions", token, "{\"argument\":\"{\\\"order\\\":\\\"A-1\\\"}\"}");
        Map<String, Object> execution = JsonBodies.object(created.body());
        String name = (String) execution.get("name");
        HttpResponse<String> read = call("GET", "/v1/" + name, token, null);
        HttpResponse<String> cancelled = call("POST", "/v1/" + name + ":cancel", token, null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(execution).containsEntry("state", "ACTIVE").containsEntry("argument", "{\"order\":\"A-1\"}");
        assertThat(name).startsWith(WORKFLOW.substring(4) + "/executions/");
        assertThat(simulator.get().runs(GoogleWorkflowsHandler.ID)).singleElement()
                .satisfies(run -> assertThat(run.parameters()).containsEntry("order", "A-1"));
        assertThat(JsonBodies.object(read.body())).containsEntry("state", "ACTIVE");
        assertThat(JsonBodies.object(cancelled.body())).containsEntry("state", "CANCELLED").containsKey("endTime");
        assertThat(simulator.get().stateOf(GoogleWorkflowsHandler.ID, name.substring(name.lastIndexOf('/') + 1)))
                .isEqualTo(RunState.CANCELLED);
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefusedAsAnInvalidSignature() throws Exception {
        ServiceAccountCredentials tampered = sdk(GoogleWorkflowsHandler.CLIENT_EMAIL, pem(otherKeys()), CLOUD_PLATFORM);

        assertThatThrownBy(tampered::refreshAccessToken).isInstanceOf(IOException.class)
                .hasMessageContaining("invalid_grant").hasMessageContaining("Invalid JWT Signature.");
        assertThat(simulator.get().requests(GoogleWorkflowsHandler.ID)).extracting(r -> r.status()).containsOnly(400);
    }

    @Test
    void anUnknownAccountIsRefusedAndAnAddedOneAccepted() throws Exception {
        KeyPair keys = otherKeys();
        ServiceAccountCredentials other = sdk("other@sim-project.iam.gserviceaccount.com", pem(keys), CLOUD_PLATFORM);

        assertThatThrownBy(other::refreshAccessToken).hasMessageContaining("invalid_grant").hasMessageContaining("account not found");
        simulator.get().addKey(GoogleWorkflowsHandler.ID, "other@sim-project.iam.gserviceaccount.com",
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        assertThat(other.refreshAccessToken().getTokenValue()).startsWith("ya29.");
    }

    @Test
    void aTokenIsRefusedOnceItHasExpired() throws Exception {
        io.workflowrun.simulator.WorkflowRunSimulator sim = simulator.get();
        GoogleWorkflowsHandler handler = (GoogleWorkflowsHandler) sim.handler(GoogleWorkflowsHandler.ID);
        handler.setTokenLifetime(Duration.ofSeconds(60));
        try {
            MovableClock clock = new MovableClock(Instant.now());
            sim.setClock(clock);
            String token = sampleToken();
            HttpResponse<String> fresh = call("POST", WORKFLOW + "/executions", token, "{}");
            clock.now = clock.now.plusSeconds(61);
            HttpResponse<String> expired = call("POST", WORKFLOW + "/executions", token, "{}");

            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(expired.statusCode()).isEqualTo(401);
            assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
            assertThat(JsonBodies.object(expired.body())).extracting(b -> ((Map<?, ?>) b.get("error")).get("status"))
                    .isEqualTo("UNAUTHENTICATED");
        } finally {
            handler.setTokenLifetime(null);
        }
    }

    @Test
    void theApiRefusesATokenWithoutTheCloudPlatformScopeOrNoTokenOrAnUnknownExecution() throws Exception {
        String narrow = sdk(GoogleWorkflowsHandler.CLIENT_EMAIL, GoogleWorkflowsHandler.PRIVATE_KEY,
                "https://www.googleapis.com/auth/userinfo.email").refreshAccessToken().getTokenValue();

        assertThat(call("POST", WORKFLOW + "/executions", narrow, "{}").statusCode()).isEqualTo(403);
        assertThat(call("POST", WORKFLOW + "/executions", null, "{}").statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = call("GET", WORKFLOW + "/executions/00000000-0000-0000-0000-000000000000", sampleToken(), null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":\"NOT_FOUND\"");
        HttpResponse<String> notJson = call("POST", WORKFLOW + "/executions", sampleToken(), "{\"argument\":\"[not json\"}");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("INVALID_ARGUMENT");
        assertThat(simulator.get().runs()).isEmpty();
    }

    private static KeyPair otherKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
               + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
               + "\n-----END PRIVATE KEY-----\n";
    }

    /** The simulator's clock, moved by the test. */
    private static final class MovableClock extends java.time.Clock {
        volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
