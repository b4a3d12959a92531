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
package io.workflowrun.camel.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflowrun dev console, found as Camel finds consoles, with secrets in the endpoint URIs. */
class WorkflowRunDevConsoleTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-wrongwrongwrongwrong";
    private static final String PASSWORD = "pw-in-the-uri-9c1f";
    private static final List<String> SECRETS = List.of(WorkflowRunSimulator.API_KEY, WorkflowRunSimulator.SECRET_KEY,
            WorkflowRunSimulator.ACCESS_KEY, WRONG_KEY, PASSWORD);

    private DevConsole console() {
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("workflowrun");
        assertThat(console).as("the console Camel resolves by id workflowrun").isNotNull();
        return console;
    }

    private static Map<String, Object> map(JsonObject json, String key) {
        return json.getMap(key);
    }

    private void useEveryKindOfSecret() {
        simulator.injectNext("dify", SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "slow down",
                "status", 429)));
        String dify = "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&retryDelay=10&maxRetryDelay=20"
                      + "&rateLimit=20&baseUrl=" + simulator.baseUrl("dify");
        assertThat(send(dify, Map.of("k", "v")).getException()).isNull();
        assertThat(send(dify, Map.of("k", "v")).getException()).isNull();
        assertThat(send("workflowrun:dify?apiKey=" + WRONG_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"), null)
                .getException()).isNotNull();
        assertThat(send("workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou&projectId=1"
                        + "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=" + WorkflowRunSimulator.SECRET_KEY
                        + "&baseUrl=" + simulator.baseUrl("tencent-wedata"), Map.of("k", "v")).getException()).isNull();
        // made, not sent: the console shows the endpoints Camel has, used or not
        context.getEndpoint("workflowrun:airflow:example_dag?username=admin&password=RAW(" + PASSWORD + ")&baseUrl="
                            + simulator.baseUrl("airflow"));
    }

    @Test
    void theTextShowsEndpointsAndPerProviderNumbersWithoutASecret() {
        useEveryKindOfSecret();

        String text = (String) console().call(DevConsole.MediaType.TEXT, Map.of());

        assertThat(text).contains("workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?")
                .contains("region=ap-guangzhou").contains("projectId=1")
                .contains("workflowrun:airflow:example_dag?")
                .contains("baseUrl=" + simulator.baseUrl("dify"))
                .contains("Providers (component workflowrun):")
                .contains("triggers started: 2 (already started: 0)")
                .contains("calls sent: 4, throttled: 1, retried: 1")
                .contains("failures: 1 (authentication=1)")
                .contains("waits in flight: 0")
                .contains("rate limiter: backlog ")
                .contains("authentication failures in a row: 1")
                .contains("recent errors:").contains("trigger authentication: dify answered HTTP 401");
        for (String secret : SECRETS) {
            assertThat(text).doesNotContain(secret);
        }
        assertThat(text).as("options marked secret, or that Camel masks, are left out, names and values")
                .doesNotContain("apiKey").doesNotContain("secretKey").doesNotContain("password").doesNotContain("user");
    }

    @Test
    void theJsonHasTheSameNumbersWithoutASecret() throws Exception {
        useEveryKindOfSecret();
        simulator.setTimeline(Duration.ofSeconds(30), Duration.ofSeconds(30));

        JsonObject json = (JsonObject) console().call(DevConsole.MediaType.JSON, Map.of());

        String whole = Jsoner.serialize(json);
        for (String secret : SECRETS) {
            assertThat(whole).doesNotContain(secret);
        }
        List<JsonObject> endpoints = json.getCollection("endpoints");
        assertThat(endpoints).extracting(e -> e.getString("provider"))
                .containsExactlyInAnyOrder("airflow", "dify", "dify", "tencent-wedata");
        JsonObject wedata = endpoints.stream().filter(e -> e.getString("provider").equals("tencent-wedata")).findFirst().orElseThrow();
        assertThat(wedata.getString("workflowId")).isEqualTo("9f551833-2150-4772-8ec1-78019779617c");
        assertThat(map(wedata, "options")).containsEntry("region", "ap-guangzhou").doesNotContainKeys("accessKey", "secretKey");

        List<JsonObject> providers = json.getCollection("providers");
        JsonObject dify = providers.stream().filter(p -> p.getString("provider").equals("dify")).findFirst().orElseThrow();
        assertThat(dify.getString("component")).isEqualTo("workflowrun");
        assertThat(dify.getLong("triggersStarted")).isEqualTo(2);
        assertThat(dify.getLong("callsThrottled")).isEqualTo(1);
        assertThat(map(dify, "failures")).containsEntry("authentication", 1L);
        assertThat(map(dify, "waits")).containsEntry("inFlight", 0L);
        assertThat(map(dify, "rateLimiter")).containsKeys("backlogMillis", "delayedCalls", "delaySeconds");
        List<JsonObject> errors = dify.getCollection("recentErrors");
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getString("kind")).isEqualTo("authentication");
            assertThat(error.getString("operation")).isEqualTo("trigger");
            assertThat(error.getString("message")).contains("401");
        });
    }
}
