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
package io.workflowrun.camel.springboot;

import java.util.Map;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed provider configured only from Spring Boot properties: the simulator checks the TC3 signature they make. */
@TestPropertySource(properties = {
        "test.endpoint=workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c",
        "camel.component.workflowrun.access-key=" + WorkflowRunSimulator.ACCESS_KEY,
        "camel.component.workflowrun.secret-key=" + WorkflowRunSimulator.SECRET_KEY,
        "camel.component.workflowrun.region=ap-guangzhou",
        "camel.component.workflowrun.project-id=1",
        "camel.component.workflowrun.rate-limit=0",
        "camel.component.workflowrun.max-retry-delay=2s" })
class TencentFromPropertiesTest extends FromPropertiesTestSupport {

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.workflowrun.base-url", () -> SIMULATOR.baseUrl("tencent-wedata"));
    }

    @Autowired
    private CamelContext camelContext;

    @Test
    void signedRunIsAcceptedWithCredentialsFromProperties() {
        Exchange out = send(Map.of("k", "v"));

        assertThat(out.getException()).isNull();
        String runId = out.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        assertThat(SIMULATOR.get().runs("tencent-wedata")).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.workflowId()).isEqualTo("9f551833-2150-4772-8ec1-78019779617c");
        });
        assertThat(SIMULATOR.get().requests("tencent-wedata")).singleElement().satisfies(recorded -> {
            assertThat(recorded.status()).isEqualTo(200);
            assertThat(recorded.request().header("Authorization"))
                    .startsWith("TC3-HMAC-SHA256 Credential=" + WorkflowRunSimulator.ACCESS_KEY + "/")
                    .contains("/wedata/tc3_request");
            assertThat(recorded.request().header("X-TC-Region")).isEqualTo("ap-guangzhou");
        });
        // a unit-suffixed duration property arrives in milliseconds
        WorkflowRunComponent component = camelContext.getComponent("workflowrun", WorkflowRunComponent.class);
        assertThat(component.getConfiguration().getMaxRetryDelay()).isEqualTo(2000);
    }
}
