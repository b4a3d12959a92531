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
package io.workflowrun.camel.provider.huawei;

import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RunRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionGraphProviderTest {

    private static WorkflowRunConfiguration configuration() {
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        configuration.setRegion("cn-north-4");
        configuration.setProjectId("p1");
        configuration.setAccessKey("AK1");
        configuration.setSecretKey("SK1");
        return configuration;
    }

    private static HttpCall trigger(WorkflowRunConfiguration configuration) {
        return new FunctionGraphProvider().bind(configuration).call(new RunRequest(WorkflowRunOperation.trigger, "wf-1", null,
                Map.of("k", "v"), Map.of(), Instant.parse("2024-05-06T07:08:09Z")));
    }

    @Test
    void theDefaultEndpointFollowsTheRegion() {
        HttpCall call = trigger(configuration());

        assertThat(call.uri()).hasToString("https://functiongraph.cn-north-4.myhuaweicloud.com/v2/p1/fgs/workflows/wf-1/executions");
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.headers()).containsEntry("Host", "functiongraph.cn-north-4.myhuaweicloud.com")
                .containsEntry("X-Sdk-Date", "20240506T070809Z")
                .containsEntry("X-Project-Id", "p1")
                .containsEntry("Content-Type", "application/json")
                .doesNotContainKey("X-Security-Token");
        assertThat(call.headers().get("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=AK1, SignedHeaders=content-type;host;x-project-id;x-sdk-date, Signature=");
        assertThat(new String(call.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"input\":{\"k\":\"v\"}}");
    }

    @Test
    void theSignedHostFollowsTheBaseUrlPortIncluded() {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setBaseUrl("https://gateway.example.com:8443/fg/");

        HttpCall call = trigger(configuration);

        assertThat(call.uri()).hasToString("https://gateway.example.com:8443/fg/v2/p1/fgs/workflows/wf-1/executions");
        assertThat(call.headers()).containsEntry("Host", "gateway.example.com:8443");
    }
}
