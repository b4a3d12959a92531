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
package io.workflowrun.camel.provider.coze;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the Coze client maps options and headers to requests and reads Coze's answers, without a server. */
class CozeProviderTest {

    private static final String WORKFLOW = "7421983346108612627";
    private static final String RUN = "7431040978805851234";
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private static WorkflowRunConfiguration configuration(String region) {
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        configuration.setRegion(region);
        configuration.setApiKey("pat_test");
        return configuration;
    }

    private static ProviderClient client(WorkflowRunConfiguration configuration) {
        return new CozeProvider().bind(configuration);
    }

    private static RunRequest trigger(Map<String, Object> headers) {
        return new RunRequest(WorkflowRunOperation.trigger, WORKFLOW, null, Map.of("order", "A-1"), headers, NOW);
    }

    private static RunRequest status() {
        return new RunRequest(WorkflowRunOperation.status, WORKFLOW, RUN, null, Map.of(), NOW);
    }

    private static Map<String, Object> body(HttpCall call) {
        return Json.readObjectOrNull(call.body());
    }

    private static HttpReply reply(int status, String json, Map<String, String> headers) {
        return new HttpReply(status, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({"global, https://api.coze.com", "cn, https://api.coze.cn"})
    void theRegionPicksTheSite(String region, String site) {
        ProviderClient client = client(configuration(region));

        HttpCall run = client.call(trigger(Map.of()));
        HttpCall history = client.call(status());

        assertThat(run.method()).isEqualTo("POST");
        assertThat(run.uri()).hasToString(site + "/v1/workflow/run");
        assertThat(run.headers()).containsEntry("Authorization", "Bearer pat_test").containsEntry("Content-Type", "application/json");
        assertThat(history.method()).isEqualTo("GET");
        assertThat(history.uri()).hasToString(site + "/v1/workflows/" + WORKFLOW + "/run_histories/" + RUN);
        assertThat(history.headers()).containsEntry("Authorization", "Bearer pat_test");
    }

    @Test
    void theBaseUrlOverridesTheRegionsSite() {
        WorkflowRunConfiguration configuration = configuration("cn");
        configuration.setBaseUrl("https://coze-proxy.example.com:8443/api/");

        assertThat(client(configuration).call(trigger(Map.of())).uri()).hasToString("https://coze-proxy.example.com:8443/api/v1/workflow/run");
    }

    @Test
    void aRegionThatIsNoCozeSiteIsRefusedNamingBoth() {
        assertThatThrownBy(() -> client(configuration("cn-beijing"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Option region is 'cn-beijing'").hasMessageContaining("global").hasMessageContaining("cn");
    }

    @Test
    void theRunIsAsynchronousWithTheBodyAsParameters() {
        assertThat(body(client(configuration("global")).call(trigger(Map.of())))).isEqualTo(Map.of(
                "workflow_id", WORKFLOW, "parameters", Map.of("order", "A-1"), "is_async", true));
    }

    @Test
    void theAgentOrAppAndTheExtFieldsGoInTheBody() {
        WorkflowRunConfiguration withBot = configuration("global");
        withBot.setBotId("7342866812345678901");
        WorkflowRunConfiguration withApp = configuration("global");
        withApp.setCozeAppId("7442086831234567890");

        Map<String, Object> bot = body(client(withBot).call(trigger(Map.of(CozeConstants.EXT,
                Map.of("user_id", "u-42", "latitude", 39.9042)))));
        Map<String, Object> app = body(client(withApp).call(trigger(Map.of(CozeConstants.EXT, "{\"longitude\": \"116.4074\"}"))));

        assertThat(bot).containsEntry("bot_id", "7342866812345678901").doesNotContainKey("app_id")
                .containsEntry("ext", Map.of("user_id", "u-42", "latitude", "39.9042"));
        assertThat(app).containsEntry("app_id", "7442086831234567890").doesNotContainKey("bot_id")
                .containsEntry("ext", Map.of("longitude", "116.4074"));
    }

    @Test
    void anAgentAndAnAppTogetherAreRefusedAsCozeWould() {
        WorkflowRunConfiguration configuration = configuration("global");
        configuration.setBotId("7342866812345678901");
        configuration.setCozeAppId("7442086831234567890");

        assertThatThrownBy(() -> client(configuration)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("botId").hasMessageContaining("cozeAppId").hasMessageContaining("4000");
    }

    @Test
    void anExtFieldThatIsNoTextIsRefusedNamingTheHeaderAndTheField() {
        ProviderClient client = client(configuration("global"));

        assertThatThrownBy(() -> client.call(trigger(Map.of(CozeConstants.EXT, Map.of("location", List.of(1, 2))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CozeConstants.EXT).hasMessageContaining("location");
    }

    @Test
    void idsThatAreNoCozeIdsAreRefusedNamingWhereTheyCameFrom() {
        WorkflowRunConfiguration badBot = configuration("global");
        badBot.setBotId("my-bot");
        ProviderClient client = client(configuration("global"));

        assertThatThrownBy(() -> client(badBot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option botId").hasMessageContaining("'my-bot'");
        assertThatThrownBy(() -> client.call(new RunRequest(WorkflowRunOperation.trigger, "https://www.coze.com/work_flow?workflow_id=1",
                null, null, Map.of(), NOW))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header " + RunRequest.WORKFLOW_ID_HEADER);
        assertThatThrownBy(() -> client.call(new RunRequest(WorkflowRunOperation.status, WORKFLOW, "exec-1", null, Map.of(), NOW)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header " + RunRequest.RUN_ID_HEADER)
                .hasMessageContaining("execute_id");
    }

    @Test
    void anErrorIsReadFromItsCodeWhateverTheHttpStatus() {
        ProviderClient client = client(configuration("global"));

        for (int status : new int[] {200, 401}) {
            assertThatThrownBy(() -> client.read(trigger(Map.of()), reply(status,
                    "{\"code\": 4100, \"msg\": \"authentication is invalid\"}", Map.of("x-tt-logid", "20260102030405ABCDEF"))))
                    .isInstanceOfSatisfying(WorkflowRunException.class, e -> {
                        assertThat(e.getHttpStatus()).isEqualTo(status);
                        assertThat(e.getErrorCode()).isEqualTo("4100");
                        assertThat(e.getErrorMessage()).isEqualTo("authentication is invalid");
                        assertThat(e.getRequestId()).as("the X-Tt-Logid header").isEqualTo("20260102030405ABCDEF");
                    });
        }
    }

    @Test
    void aRunAnswerWithoutAnExecuteIdNamesNoCodeSoTheRunMayExist() {
        ProviderClient client = client(configuration("global"));

        assertThatThrownBy(() -> client.read(trigger(Map.of()), reply(200,
                "{\"code\": 0, \"msg\": \"\", \"data\": \"{\\\"Output\\\": \\\"done\\\"}\", \"detail\": {\"logid\": \"L1\"}}", Map.of())))
                .isInstanceOfSatisfying(WorkflowRunException.class, e -> {
                    assertThat(e.getErrorCode()).isNull();
                    assertThat(e.getErrorMessage()).contains("execute_id");
                    assertThat(e.getRequestId()).isEqualTo("L1");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Running | false | RUNNING",
            "Running | true  | WAITING",
            "Success | false | SUCCEEDED",
            "Fail    | false | FAILED",
            "Cancel  | false | CANCELLED",
            "Unknown | false | ",
    })
    void theHistorysStatusIsUnified(String status, boolean interrupted, RunStatus expected) throws Exception {
        String interrupt = interrupted ? ", \"interrupt_data\": {\"event_id\": \"e1\", \"type\": 5}" : "";
        WorkflowRun run = client(configuration("global")).read(status(), reply(200, "{\"code\": 0, \"msg\": \"\", \"data\": [{"
                + "\"execute_id\": \"" + RUN + "\", \"execute_status\": \"" + status + "\", \"output\": \"\", \"error_code\": \"\""
                + interrupt + "}], \"detail\": {\"logid\": \"L2\"}}", Map.of()));

        assertThat(run.status()).isEqualTo(expected);
        assertThat(run.providerStatus()).isEqualTo(status);
        assertThat(run.runId()).isEqualTo(RUN);
        assertThat(run.requestId()).isEqualTo("L2");
    }

    @Test
    void aFailedRunNamesItsErrorAndOutputTextThatIsNoObjectIsKeptAsText() throws Exception {
        ProviderClient client = client(configuration("global"));

        WorkflowRun failed = client.read(status(), reply(200, "{\"code\": 0, \"data\": [{\"execute_id\": \"" + RUN + "\", "
                + "\"execute_status\": \"Fail\", \"error_code\": 720701013, \"error_message\": \"node timeout\"}]}", Map.of()));
        WorkflowRun failedWithoutMessage = client.read(status(), reply(200, "{\"code\": 0, \"data\": [{\"execute_id\": \"" + RUN
                + "\", \"execute_status\": \"Fail\", \"error_code\": \"720701013\", \"error_message\": \"\"}]}", Map.of()));
        WorkflowRun text = client.read(status(), reply(200, "{\"code\": 0, \"data\": [{\"execute_id\": \"" + RUN + "\", "
                + "\"execute_status\": \"Success\", \"output\": \"plain words\"}]}", Map.of()));

        assertThat(failed.error()).isEqualTo("node timeout");
        assertThat(failedWithoutMessage.error()).isEqualTo("error_code 720701013");
        assertThat(text.outputs()).isEqualTo(Map.of("output", "plain words"));
        assertThat(text.error()).isNull();
    }

    @Test
    void throttlingIsTheGateways429AndCozesOwnLoadRefusals() {
        ProviderClient client = client(configuration("global"));

        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 429, null, "Too Many Requests", null))).isTrue();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 200, "4009", "busy", null))).isTrue();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 200, "4020", "RPM", null))).isTrue();
        // the day's limit, a model's error, a server error: sending again would not help, or might start a second run
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 200, "4008", "daily", null))).isFalse();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 200, "4013", "model", null))).isFalse();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 200, "5000", "internal", null))).isFalse();
        // an answer not in Coze's shape (a gateway's page) has no code
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(CozeProvider.ID, 503, null, "<html>", null))).isFalse();
    }
}
