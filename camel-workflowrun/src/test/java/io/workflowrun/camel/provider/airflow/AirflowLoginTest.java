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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.airflow.AirflowHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user and password exchanged at the API server's {@code POST /auth/token} for a JWT: fetched once, sent with every
 * call, fetched anew shortly before it expires (the lifetime read from the token), and at once when the server refuses
 * it as expired, with the refused call sent again. Neither the password nor a token reaches a log or the message.
 */
class AirflowLoginTest extends SimulatorTestSupport {

    private static final String ID = AirflowProvider.ID;
    /** How every token of the simulator starts: its header, {"alg":"HS512"}, in base64url. */
    private static final String ANY_TOKEN = "eyJhbGciOiJIUzUxMiJ9";

    static {
        SecretGuard.watch(ANY_TOKEN);
    }

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
    }

    private static List<String> tokenFetches() {
        return simulator.requests(ID).stream().filter(r -> r.request().rawPath().equals("/auth/token"))
                .map(r -> r.request().bodyText()).toList();
    }

    /** The bearer tokens the run calls carried, in order. */
    private static List<String> bearers() {
        return simulator.requests(ID).stream().filter(r -> r.request().rawPath().startsWith("/api/v2/"))
                .map(r -> r.request().header("Authorization")).toList();
    }

    private Exchange status(Exchange started) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
        });
    }

    @Test
    void theUserLogsInOnceAndEveryCallCarriesTheToken() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), Map.of("order", "A-1"));
        Exchange status = status(started);

        assertThat(started.getException()).isNull();
        assertThat(status.getException()).isNull();
        assertThat(tokenFetches()).singleElement().satisfies(body -> assertThat(body)
                .isEqualTo("{\"username\":\"" + WorkflowRunSimulator.ACCESS_KEY + "\",\"password\":\""
                           + WorkflowRunSimulator.SECRET_KEY + "\"}"));
        assertThat(bearers()).hasSize(2).allSatisfy(bearer -> assertThat(bearer).startsWith("Bearer " + ANY_TOKEN))
                .containsOnly(bearers().get(0));
        assertThat(simulator.requests(ID)).allSatisfy(r -> assertThat(r.status()).isBetween(200, 299));
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    @Test
    void aTokenIsFetchedAnewBeforeItExpiresWithoutARefusal() throws Exception {
        simulator.handler(ID, AirflowHandler.class).setTokenLifetime(Duration.ofSeconds(2));
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), Map.of("order", "A-1"));
        assertThat(started.getException()).isNull();

        // a 2 s token is held for half its life: within a few seconds a status call goes out with a new one
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (tokenFetches().size() < 2 && System.nanoTime() < deadline) {
            assertThat(status(started).getException()).isNull();
            Thread.sleep(50);
        }

        assertThat(tokenFetches()).as("logins").hasSize(2);
        assertThat(simulator.requests(ID)).as("no call refused").allSatisfy(r -> assertThat(r.status()).isBetween(200, 299));
        List<String> bearers = bearers();
        assertThat(bearers.get(bearers.size() - 1)).as("the last call's token").isNotEqualTo(bearers.get(0));
    }

    @Test
    void aTokenTheServerHasExpiredIsReplacedAndTheRefusedTriggerSentAgain() {
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        assertThat(send(uri("&retryDelay=10"), Map.of("order", "A-1")).getException()).isNull();
        // the server's clock runs past the token's end (and Airflow's 10 s leeway) while the client still holds it
        clock.set(clock.instant().plus(AirflowHandler.DEFAULT_TOKEN_LIFETIME).plusSeconds(11));

        Exchange again = send(uri("&retryDelay=10"), Map.of("order", "A-2"));

        assertThat(again.getException()).isNull();
        assertThat(simulator.requests(ID)).extracting(r -> r.request().rawPath() + " " + r.status()).containsExactly(
                "/auth/token 201", "/api/v2/dags/process_order/dagRuns 200",
                "/api/v2/dags/process_order/dagRuns 401", "/auth/token 201", "/api/v2/dags/process_order/dagRuns 200");
        assertThat(simulator.runs(ID)).as("one run per message").hasSize(2);
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class)).isEqualTo(simulator.runs(ID).get(1).runId());
    }

    @Test
    void aWrongPasswordFailsTheCallUnsentWithTheTokenEndpointsRefusal() {
        Exchange out = send(WorkflowRunSimulator.sample(ID).withKey(WorkflowRunSimulator.ACCESS_KEY, "not-the-password")
                .uri(simulator.baseUrl(ID)), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunNotSentException.class)
                .hasMessageContaining("no access token").hasMessageNotContaining("not-the-password")
                .cause().isInstanceOfSatisfying(WorkflowRunException.class, e -> {
                    assertThat(e.getHttpStatus()).isEqualTo(401);
                    assertThat(e.getErrorMessage()).contains("Invalid credentials");
                });
        assertThat(simulator.requests(ID)).extracting(r -> r.request().rawPath()).containsExactly("/auth/token");
        assertThat(simulator.runs(ID)).isEmpty();
    }
}
