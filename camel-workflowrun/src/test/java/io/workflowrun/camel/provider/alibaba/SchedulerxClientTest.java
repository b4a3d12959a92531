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
package io.workflowrun.camel.provider.alibaba;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request as built and signed, before anything is sent. */
class SchedulerxClientTest {

    private static WorkflowRunConfiguration configuration() {
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        configuration.setProvider("alibaba-schedulerx");
        configuration.setWorkflowId("111");
        configuration.setRegion("cn-shanghai");
        configuration.setNamespace("adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234");
        configuration.setGroupId("testSchedulerx.defaultGroup");
        configuration.setAccessKey("LTAI5tExample");
        configuration.setSecretKey("example-secret");
        return configuration;
    }

    private static RunRequest trigger(Map<String, Object> parameters) {
        return new RunRequest(WorkflowRunOperation.trigger, "111", null, parameters, Map.of(), Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void sendsWhatTheOfficialSdkSends() {
        ProviderClient client = new SchedulerxProvider().bind(configuration());

        HttpCall call = client.call(trigger(Map.of("k", "v w")));

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.body()).isEmpty();
        assertThat(call.uri()).isEqualTo(URI.create("https://schedulerx.cn-shanghai.aliyuncs.com/?GroupId=testSchedulerx.defaultGroup"
                                                    + "&InstanceParameters=%7B%22k%22%3A%22v%20w%22%7D"
                                                    + "&Namespace=adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234&RegionId=cn-shanghai&WorkflowId=111"));
        assertThat(call.headers()).containsEntry("x-acs-action", "ExecuteWorkflow").containsEntry("x-acs-version", "2019-04-30")
                .containsEntry("x-acs-date", "2026-01-02T03:04:05Z")
                .containsEntry("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .doesNotContainKey("x-acs-security-token");
        assertThat(call.headers().get("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(call.headers().get("Authorization")).matches("ACS3-HMAC-SHA256 Credential=LTAI5tExample,SignedHeaders=host;"
                                                                + "x-acs-action;x-acs-content-sha256;x-acs-date;"
                                                                + "x-acs-signature-nonce;x-acs-version,Signature=[0-9a-f]{64}");
    }

    /** As the official SDK's endpoint map (schedulerx2-20190430 Client) picks them. */
    @ParameterizedTest
    @CsvSource({ "cn-hangzhou, schedulerx.cn-hangzhou.aliyuncs.com", "cn-beijing, schedulerx.cn-beijing.aliyuncs.com",
                 "cn-shenzhen, schedulerx.cn-shenzhen.aliyuncs.com", "ap-southeast-1, schedulerx.aliyuncs.com",
                 "eu-central-1, schedulerx.aliyuncs.com", "cn-chengdu, schedulerx.aliyuncs.com" })
    void defaultEndpointIsTheOneTheOfficialSdkPicksForTheRegion(String region, String host) {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setRegion(region);

        HttpCall call = new SchedulerxProvider().bind(configuration).call(trigger(Map.of()));

        assertThat(call.uri().getScheme()).isEqualTo("https");
        assertThat(call.uri().getHost()).isEqualTo(host);
        assertThat(call.uri().getRawQuery()).contains("RegionId=" + region);
    }

    @Test
    void sendsNamespaceSourceAndTheSecurityTokenWhenSet() {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setNamespaceSource("schedulerx");
        configuration.setSecurityToken("CAIS-token");

        HttpCall call = new SchedulerxProvider().bind(configuration).call(trigger(null));

        assertThat(call.uri().getRawQuery()).contains("NamespaceSource=schedulerx").doesNotContain("InstanceParameters");
        assertThat(call.headers()).containsEntry("x-acs-security-token", "CAIS-token");
        assertThat(call.headers().get("Authorization")).contains("x-acs-security-token");
    }

    @Test
    void nonceIsFreshForEachCall() {
        ProviderClient client = new SchedulerxProvider().bind(configuration());

        assertThat(client.call(trigger(null)).headers().get("x-acs-signature-nonce"))
                .isNotEqualTo(client.call(trigger(null)).headers().get("x-acs-signature-nonce"));
    }

    @Test
    void statusSendsGetWorkflowInstanceAsTheOfficialSdkDoes() {
        RunRequest status = new RunRequest(WorkflowRunOperation.status, "111", "1234567", null, Map.of(),
                Instant.parse("2026-01-02T03:04:05Z"));

        HttpCall call = new SchedulerxProvider().bind(configuration()).call(status);

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.body()).isEmpty();
        assertThat(call.uri()).isEqualTo(URI.create("https://schedulerx.cn-shanghai.aliyuncs.com/?GroupId=testSchedulerx.defaultGroup"
                                                    + "&Namespace=adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234&RegionId=cn-shanghai"
                                                    + "&WfInstanceId=1234567&WorkflowId=111"));
        assertThat(call.headers()).containsEntry("x-acs-action", "GetWorkflowInstance").containsEntry("x-acs-version", "2019-04-30");
        assertThat(call.headers().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI5tExample,");
    }

    @Test
    void cancelSendsStopInstanceForTheJobInstanceInTheHeaders() {
        RunRequest cancel = new RunRequest(WorkflowRunOperation.cancel, "111", "1234567", null,
                Map.of(SchedulerxConstants.JOB_ID, 1472L, SchedulerxConstants.JOB_INSTANCE_ID, "24058796"), Instant.now());

        HttpCall call = new SchedulerxProvider().bind(configuration()).call(cancel);

        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.uri().getRawQuery()).isEqualTo("GroupId=testSchedulerx.defaultGroup&InstanceId=24058796&JobId=1472"
                                                       + "&Namespace=adcfc35d-e2fe-4fe9-bbaa-20e90ffc1234&RegionId=cn-shanghai");
        assertThat(call.headers()).containsEntry("x-acs-action", "StopInstance");
    }

    @Test
    void cancelRefusesAJobInstanceIdThatIsNotAnInteger() {
        RunRequest cancel = new RunRequest(WorkflowRunOperation.cancel, "111", "1", null,
                Map.of(SchedulerxConstants.JOB_ID, "1472", SchedulerxConstants.JOB_INSTANCE_ID, "x1"), Instant.now());

        assertThatThrownBy(() -> new SchedulerxProvider().bind(configuration()).call(cancel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SchedulerxConstants.JOB_INSTANCE_ID)
                .hasMessageContaining("InstanceId");
    }

    @Test
    void refusesARegionThatIsNotOne() {
        WorkflowRunConfiguration configuration = configuration();
        configuration.setRegion("cn-hangzhou.evil.example/");

        assertThatThrownBy(() -> new SchedulerxProvider().bind(configuration)).hasMessageContaining("Option region");
    }

    @Test
    void keepsTheSecretOutOfTheClientsText() {
        assertThat(new SchedulerxProvider().bind(configuration()).toString()).doesNotContain("example-secret");
    }
}
