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
package io.workflowrun.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each fault does what it says on the wire, and starts a run only when it reaches the handler. */
class FaultInjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    // a fresh connection per request: a dropped connection must not be mistaken for the next request's
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> difyRun() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl("dify") + "/workflows/run"))
                .header("Authorization", "Bearer " + WorkflowRunSimulator.API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\": {\"k\": \"v\"}, \"user\": \"u\", \"response_mode\": \"blocking\"}"))
                .timeout(Duration.ofSeconds(10))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String provider) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl(provider) + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}: HTTP {1}, {2}")
    @CsvSource({
            "tencent-wedata,       200, /Response/Error/Code, RequestLimitExceeded",
            "alibaba-schedulerx,   400, /Code,                Throttling.User",
            "huawei-functiongraph, 429, /error_code,          APIG.0308",
            "dify,                 429, /code,                too_many_requests",
            "interactly,           429, /detail,              Rate limit exceeded. Try again later.",
    })
    void providerThrottlingHasTheProvidersOwnShape(String provider, int status, String pointer, String code) throws Exception {
        simulator.get().injectNext(provider, Fault.providerThrottling());

        HttpResponse<String> answer = post(provider);

        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(answer.body()).at(pointer).asText()).isEqualTo(code);
        assertThat(simulator.get().runs()).isEmpty();
        assertThat(simulator.get().requests(provider)).singleElement().satisfies(r -> assertThat(r.fault()).isEqualTo(Fault.providerThrottling()));
    }

    @Test
    void answersInPlaceOfTheServiceStartNoRun() throws Exception {
        simulator.get().injectNext("dify", Fault.http429());
        simulator.get().injectNext("dify", Fault.serverError(503));
        simulator.get().injectNext("dify", Fault.malformedJson());
        simulator.get().injectNext("dify", Fault.wrongContentType());

        HttpResponse<String> throttled = difyRun();
        HttpResponse<String> unavailable = difyRun();
        HttpResponse<String> malformed = difyRun();
        HttpResponse<String> html = difyRun();

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).contains("503");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThatThrownBy(() -> JSON.readTree(malformed.body())).isInstanceOf(IOException.class);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(simulator.get().runs()).isEmpty();
        assertThat(difyRun().statusCode()).as("the faults were one-shot").isEqualTo(200);
        assertThat(simulator.get().runs()).hasSize(1);
    }

    @Test
    void dropBeforeReadStartsNoRun() {
        simulator.get().injectNext("dify", Fault.dropBeforeRead());

        assertThatThrownBy(this::difyRun).isInstanceOf(IOException.class);

        assertThat(simulator.get().runs()).isEmpty();
        assertThat(simulator.get().requests("dify")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(-1);
            assertThat(r.request().body()).isEmpty();
        });
    }

    @Test
    void dropAfterRunStartsTheRunButAnswersNothing() {
        simulator.get().injectNext("dify", Fault.dropAfterRun());

        assertThatThrownBy(this::difyRun).isInstanceOf(IOException.class);

        assertThat(simulator.get().runs("dify")).singleElement().satisfies(run -> assertThat(run.parameters()).containsEntry("k", "v"));
        assertThat(simulator.get().requests("dify")).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(-1));
    }

    @Test
    void truncatedBodyStartsTheRunAndCutsTheAnswer() {
        simulator.get().injectNext("dify", Fault.truncatedBody());

        assertThatThrownBy(this::difyRun).isInstanceOf(IOException.class);

        assertThat(simulator.get().runs("dify")).hasSize(1);
    }

    @Test
    void gatewayTimeoutStartsTheRunAndAnswersTheGatewaysStatus() throws Exception {
        simulator.get().injectNext("dify", Fault.gatewayTimeout(504));
        simulator.get().injectNext("dify", Fault.gatewayTimeout(524));

        HttpResponse<String> gateway = difyRun();
        HttpResponse<String> cloudflare = difyRun();

        assertThat(gateway.statusCode()).isEqualTo(504);
        assertThat(gateway.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(cloudflare.statusCode()).isEqualTo(524);
        assertThat(simulator.get().runs("dify")).as("the service behind the gateway started both runs").hasSize(2);
        assertThat(simulator.get().requests("dify")).extracting(WorkflowRunSimulator.Recorded::status).containsExactly(504, 524);
        assertThatThrownBy(() -> Fault.gatewayTimeout(503)).hasMessageContaining("504 or 524");
    }

    @Test
    void delayHoldsTheHandlersAnswerBack() throws Exception {
        simulator.get().injectNext("dify", Fault.delay(Duration.ofMillis(150)));

        long start = System.nanoTime();
        HttpResponse<String> answer = difyRun();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("workflow_run_id").asText()).isEqualTo(simulator.get().runs().get(0).runId());
    }

    @Test
    void faultsAtARateFollowTheSeed() {
        List<Fault> faults = List.of(Fault.http429(), Fault.dropAfterRun(), Fault.serverError(502));
        List<Fault> first = draws(new FaultSchedule(0.2, 42, faults), 10_000);
        List<Fault> again = draws(new FaultSchedule(0.2, 42, faults), 10_000);
        List<Fault> other = draws(new FaultSchedule(0.2, 43, faults), 10_000);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        long faulted = first.stream().filter(f -> f != null).count();
        assertThat(faulted).isBetween(1_850L, 2_150L);
        for (Fault fault : faults) {
            assertThat(first.stream().filter(fault::equals).count()).as("%s", fault).isBetween(550L, 800L);
        }
        assertThat(draws(new FaultSchedule(0, 42, faults), 1000)).containsOnlyNulls();
        assertThat(draws(new FaultSchedule(1, 42, faults), 1000)).doesNotContainNull();
    }

    @Test
    void faultsAtARateApplyOverTheWireUntilCleared() throws Exception {
        simulator.get().injectFaults("dify", 1.0, 7, Fault.http429());
        simulator.get().injectNext("dify", SimulatorResponse.json(418, Map.of("code", "teapot", "message", "one-shot", "status", 418)));

        assertThat(difyRun().statusCode()).as("a one-shot answer goes first").isEqualTo(418);
        assertThat(difyRun().statusCode()).isEqualTo(429);
        simulator.get().clearFaults("dify");
        assertThat(difyRun().statusCode()).isEqualTo(200);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> simulator.get().injectFaults("dify", 1.5, 1, Fault.http429())).hasMessageContaining("rate is 0 to 1");
        assertThatThrownBy(() -> simulator.get().injectFaults("dify", 0.5, 1)).hasMessageContaining("at least one fault");
        assertThatThrownBy(() -> simulator.get().injectFaults("nosuch", 0.5, 1, Fault.http429())).hasMessageContaining("no provider 'nosuch'");
        assertThatThrownBy(() -> Fault.serverError(404)).hasMessageContaining("500 to 599");
    }

    private static List<Fault> draws(FaultSchedule schedule, int count) {
        List<Fault> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drawn.add(schedule.next());
        }
        return drawn;
    }
}
