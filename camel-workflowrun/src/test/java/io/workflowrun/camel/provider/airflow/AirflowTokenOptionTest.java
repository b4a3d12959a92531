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
package io.workflowrun.camel.provider.airflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.airflow.AirflowHandler;
import io.workflowrun.simulator.airflow.AirflowJwt;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token given as the {@code token} option is sent as it is, with no login; Airflow refuses it once expired (HTTP 401,
 * not sent again: the client has no other) and when it is not the server's (HTTP 403).
 */
class AirflowTokenOptionTest extends SimulatorTestSupport {

    private static final String ID = AirflowProvider.ID;

    /** A token as a user gets one: {@code curl -X POST .../auth/token -d '{"username": ..., "password": ...}'}. */
    private static String login() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl(ID) + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + WorkflowRunSimulator.ACCESS_KEY
                                                          + "\", \"password\": \"" + WorkflowRunSimulator.SECRET_KEY + "\"}"))
                .build();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(201);
        String token = (String) Json.readObjectOrNull(answer.body()).get("access_token");
        SecretGuard.watch(token);
        // the test's own login is not the component's
        simulator.reset();
        return token;
    }

    private static String uri(String token) {
        return "workflowrun:airflow:" + AirflowHandler.DAG_ID + "?token=RAW(" + token + ")&baseUrl=" + simulator.baseUrl(ID);
    }

    @Test
    void theTokenIsSentAsItIsWithoutALogin() throws Exception {
        String token = login();

        Exchange out = send(uri(token), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests(ID)).singleElement().satisfies(r -> {
            assertThat(r.request().rawPath()).isEqualTo("/api/v2/dags/process_order/dagRuns");
            assertThat(r.request().header("Authorization")).isEqualTo("Bearer " + token);
        });
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void anExpiredTokenIsAirflowsHttp401AndIsNotSentAgain() throws Exception {
        String token = login();
        SettableClock clock = new SettableClock(Instant.now().plus(AirflowHandler.DEFAULT_TOKEN_LIFETIME).plusSeconds(11));
        simulator.setClock(clock);

        Exchange out = send(uri(token), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(401);
            assertThat(e.getErrorMessage()).isEqualTo("Token Expired");
        });
        assertThat(simulator.requests(ID)).as("sent once").hasSize(1);
        assertThat(simulator.runs(ID)).isEmpty();
    }

    @Test
    void aTokenNotSignedByTheServerIsAirflowsHttp403() {
        String forged = AirflowJwt.issue(WorkflowRunSimulator.ACCESS_KEY, Instant.now(), Duration.ofHours(1),
                "a-secret-of-another-server-that-is-long-enough-for-hs512-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        SecretGuard.watch(forged);

        Exchange out = send(uri(forged), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorMessage()).isEqualTo("Invalid JWT token");
            assertThat(e.getMessage()).doesNotContain(forged);
        });
        assertThat(simulator.runs(ID)).isEmpty();
    }
}
