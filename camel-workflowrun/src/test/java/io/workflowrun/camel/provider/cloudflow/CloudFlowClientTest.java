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
package io.workflowrun.camel.provider.cloudflow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request as built and signed, before anything is sent. */
class CloudFlowClientTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private static WorkflowRunConfiguration configuration() {
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        configuration.setProvider(CloudFlowProvider.ID);
        configuration.setWorkflowId("my_flow_name");
        configuration.setRegion("cn-shanghai");
        configuration.setAccessKey("LTAI5tExample");
        configuration.setSecretKey("example-secret");
        return configuration;
    }

    private static ProviderClient client() {
        return new CloudFlowProvider().bind(configuration());
    }

    private static RunRequest trigger(Map<String, Object> parameters, String key) {
        return new RunRequest(WorkflowRunOperation.trigger, "my_flow_name", null, parameters, Map.of(), NOW, null, key);
    }

    @Test
    void startExecutionPostsAFormAsTheOfficialSdkDoes() {
        HttpCall call = client().call(trigger(Map.of("k", "v w"), "my_exec_name"));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.uri()).isEqualTo(URI.create("https://cn-shanghai.fnf.aliyuncs.com/"));
        assertThat(new String(call.body(), StandardCharsets.UTF_8))
                .isEqualTo("ExecutionName=my_exec_name&FlowName=my_flow_name&Input=%7B%22k%22%3A%22v%20w%22%7D");
        assertThat(call.headers()).containsEntry("x-acs-action", "StartExecution").containsEntry("x-acs-version", "2019-03-15")
                .containsEntry("Content-Type", "application/x-www-form-urlencoded").containsEntry("x-acs-date", "2026-01-02T03:04:05Z")
                .doesNotContainKey("x-acs-security-token");
        assertThat(call.headers().get("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(call.headers().get("Authorization")).matches("ACS3-HMAC-SHA256 Credential=LTAI5tExample,SignedHeaders=content-type;"
                                                                + "host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                                                                + "x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}");
    }

    @Test
    void withoutAKeyOrABodyOnlyTheFlowIsSent() {
        HttpCall call = client().call(trigger(null, null));

        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("FlowName=my_flow_name");
    }

    @Test
    void describeExecutionGetsTheQueryAsTheOfficialSdkDoes() {
        HttpCall call = client().call(new RunRequest(WorkflowRunOperation.status, "my_flow_name", "my_exec_name", null, Map.of(), NOW));

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.body()).isEmpty();
        assertThat(call.uri())
                .isEqualTo(URI.create("https://cn-shanghai.fnf.aliyuncs.com/?ExecutionName=my_exec_name&FlowName=my_flow_name"));
        assertThat(call.headers()).containsEntry("x-acs-action", "DescribeExecution").doesNotContainKey("Content-Type");
    }

    @Test
    void stopExecutionPostsTheFlowAndTheExecution() {
        HttpCall call = client().call(new RunRequest(WorkflowRunOperation.cancel, "my_flow_name", "my_exec_name", null, Map.of(), NOW));

        assertThat(call.method()).isEqualTo("POST");
        assertThat(new String(call.body(), StandardCharsets.UTF_8)).isEqualTo("ExecutionName=my_exec_name&FlowName=my_flow_name");
        assertThat(call.headers()).containsEntry("x-acs-action", "StopExecution");
    }

    @Test
    void sendsTheSecurityTokenSignedWhenSet() {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setSecurityToken("CAIS-token");

        HttpCall call = new CloudFlowProvider().bind(configuration).call(trigger(null, null));

        assertThat(call.headers()).containsEntry("x-acs-security-token", "CAIS-token");
        assertThat(call.headers().get("Authorization")).contains("x-acs-security-token");
    }

    /** The SDK's endpoint map for the four regions it lists; Alibaba's endpoint table and DescribeRegions for the others. */
    @ParameterizedTest
    @CsvSource({ "cn-hangzhou, cn-hangzhou.fnf.aliyuncs.com", "cn-beijing, cn-beijing.fnf.aliyuncs.com",
                 "cn-qingdao, cn-qingdao.fnf.aliyuncs.com", "ap-southeast-1, ap-southeast-1.fnf.aliyuncs.com",
                 "us-west-1, us-west-1.fnf.aliyuncs.com" })
    void defaultEndpointIsTheRegionsCloudFlowHost(String region, String host) {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setRegion(region);

        HttpCall call = new CloudFlowProvider().bind(configuration).call(trigger(null, null));

        assertThat(call.uri().getScheme()).isEqualTo("https");
        assertThat(call.uri().getHost()).isEqualTo(host);
    }

    @Test
    void refusesARegionThatIsNotOne() {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setRegion("cn-hangzhou.evil.example/");

        assertThatThrownBy(() -> new CloudFlowProvider().bind(configuration)).hasMessageContaining("Option region");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1flow", "my flow", "flow.name", "129" })
    void refusesAFlowNameOutsideCloudFlowsNamingRule(String given) {
        String flow = given.equals("129") ? "f".repeat(129) : given;
        WorkflowRunConfiguration configuration = configuration();
        configuration.setWorkflowId(flow);

        assertThatThrownBy(() -> new CloudFlowProvider().bind(configuration)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workflowId").hasMessageContaining(flow).hasMessageContaining("FlowName");
    }

    @Test
    void refusesAnIdempotencyKeyOutsideCloudFlowsNamingRuleNamingTheHeader() {
        assertThatThrownBy(() -> client().call(trigger(null, "order 42"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(RunRequest.IDEMPOTENCY_KEY_HEADER).hasMessageContaining("order 42")
                .hasMessageContaining("ExecutionName");
    }

    @Test
    void throttlingByCloudFlowOrTheGatewayIsARefusalThatStartedNothing() {
        ProviderClient client = client();

        assertThat(client.isRefusedUnprocessed(refusal(429, "ResourceThrottled"))).isTrue();
        assertThat(client.isRefusedUnprocessed(refusal(400, "Throttling.User"))).isTrue();
        assertThat(client.isRefusedUnprocessed(refusal(400, "InvalidArgument"))).isFalse();
    }

    private static WorkflowRunException refusal(int status, String code) {
        return new WorkflowRunException(CloudFlowProvider.ID, status, code, "message", "request-id");
    }

    @Test
    void keepsTheSecretOutOfTheClientsText() {
        assertThat(client().toString()).doesNotContain("example-secret");
    }
}
