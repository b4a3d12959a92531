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
package io.workflowrun.simulator.airflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated Airflow API server logs users in and checks their JWTs as Airflow's code does where a client can tell. */
class AirflowHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUNS = "/api/v2/dags/" + AirflowHandler.DAG_ID + "/dagRuns";
    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> send(String method, String path, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("airflow") + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(10));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
        return send("POST", "/auth/token", "application/json", "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}", null);
    }

    private String token() throws Exception {
        HttpResponse<String> answer = login(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY);
        assertThat(answer.statusCode()).isEqualTo(201);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private HttpResponse<String> trigger(String body, String token) throws IOException, InterruptedException {
        return send("POST", RUNS, "application/json", body, token);
    }

    private static String detail(HttpResponse<String> answer) throws IOException {
        return JSON.readTree(answer.body()).get("detail").toString();
    }

    private static void setClock(Instant instant) {
        simulator.get().setClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aUserGetsAnHs512JwtForTheAirflowAudienceLivingAsLongAsConfigured() throws Exception {
        simulator.get().handler("airflow", AirflowHandler.class).setTokenLifetime(Duration.ofSeconds(90));

        SignedJWT jwt = SignedJWT.parse(token());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS512);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(WorkflowRunSimulator.ACCESS_KEY);
        assertThat(claims.getAudience()).containsExactly("apache-airflow");
        assertThat(claims.getJWTID()).matches("[0-9a-f]{32}");
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())).isEqualTo(Duration.ofSeconds(90));

        simulator.get().reset();
        JWTClaimsSet after = SignedJWT.parse(token()).getJWTClaimsSet();
        assertThat(Duration.between(after.getIssueTime().toInstant(), after.getExpirationTime().toInstant()))
                .as("reset goes back to Airflow's default").isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAnotherMediaTypeAreRefusedAsAirflowDoes() throws Exception {
        assertThat(login(WorkflowRunSimulator.ACCESS_KEY, "wrong")).satisfies(a -> {
            assertThat(a.statusCode()).isEqualTo(401);
            assertThat(detail(a)).isEqualTo("\"Invalid credentials\"");
        });
        assertThat(login("nobody", WorkflowRunSimulator.SECRET_KEY).statusCode()).isEqualTo(401);
        assertThat(login("", "").statusCode()).isEqualTo(400);
        assertThat(send("POST", "/auth/token", "text/plain", "username=a", null).statusCode()).isEqualTo(415);
        assertThat(send("POST", "/auth/token", "application/x-www-form-urlencoded",
                "username=" + WorkflowRunSimulator.ACCESS_KEY + "&password=" + WorkflowRunSimulator.SECRET_KEY, null).statusCode())
                .as("a form, as the login page sends").isEqualTo(201);
    }

    @Test
    void aCallWithoutATokenIsNotAuthenticated() throws Exception {
        HttpResponse<String> answer = trigger("{\"logical_date\": null}", null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(detail(answer)).isEqualTo("\"Not authenticated\"");
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aTokenPastItsEndAndAirflowsLeewayIsExpired() throws Exception {
        Instant issued = Instant.now();
        setClock(issued);
        simulator.get().handler("airflow", AirflowHandler.class).setTokenLifetime(Duration.ofSeconds(60));
        String token = token();

        setClock(issued.plusSeconds(69));
        assertThat(trigger("{\"logical_date\": null}", token).statusCode()).as("within the 10 s leeway").isEqualTo(200);
        setClock(issued.plusSeconds(70));
        HttpResponse<String> expired = trigger("{\"logical_date\": null}", token);

        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(detail(expired)).isEqualTo("\"Token Expired\"");
    }

    @Test
    void aTokenNotSignedWithTheServersSecretOrAlgorithmIsInvalid() throws Exception {
        Instant now = Instant.now();
        String otherSecret = AirflowJwt.issue("admin", now, Duration.ofHours(1),
                "another server's jwt_secret, long enough for HS512 signatures: 0123456789".getBytes(StandardCharsets.UTF_8));
        SignedJWT hs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), SignedJWT.parse(token()).getJWTClaimsSet());
        hs256.sign(new MACSigner("workflowrun-simulator: Airflow [api_auth] jwt_secret, for loopback tests only"));

        for (String token : new String[] {otherSecret, hs256.serialize(), "not-a-jwt"}) {
            HttpResponse<String> answer = trigger("{\"logical_date\": null}", token);
            assertThat(answer.statusCode()).as(token).isEqualTo(403);
            assertThat(detail(answer)).isEqualTo("\"Invalid JWT token\"");
        }
    }

    @Test
    void theTriggerBodyIsCheckedAsItsPydanticModelIs() throws Exception {
        String token = token();

        JsonNode missing = JSON.readTree(trigger("{\"conf\": {}}", token).body()).get("detail").get(0);
        JsonNode extra = JSON.readTree(trigger("{\"logical_date\": null, \"execution_date\": null}", token).body()).get("detail").get(0);

        assertThat(missing.get("type").asText()).isEqualTo("missing");
        assertThat(missing.get("loc").toString()).isEqualTo("[\"body\",\"logical_date\"]");
        assertThat(extra.get("type").asText()).isEqualTo("extra_forbidden");
        assertThat(simulator.get().runs("airflow")).isEmpty();
    }

    @Test
    void aRepeatedRunIdIsAUniqueConstraintViolation() throws Exception {
        String token = token();
        assertThat(trigger("{\"dag_run_id\": \"r-1\", \"logical_date\": null}", token).statusCode()).isEqualTo(200);

        HttpResponse<String> again = trigger("{\"dag_run_id\": \"r-1\", \"logical_date\": null}", token);

        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode detail = JSON.readTree(again.body()).get("detail");
        assertThat(detail.get("reason").asText()).isEqualTo("Unique constraint violation");
        assertThat(detail.get("statement").asText()).isEqualTo("hidden");
        assertThat(simulator.get().runs("airflow")).hasSize(1);
    }
}
