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
package io.workflowrun.examples.resttrigger;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The same API on a signed provider, switched by one property: the simulator checks the TC3 signatures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "workflowrun.provider=tencent-wedata")
class RestTriggerTencentTest extends ApiTestSupport {

    private static final String WORKFLOW = "9f551833-2150-4772-8ec1-78019779617c";

    @Test
    void signedTriggerAndStatusAreAccepted() throws Exception {
        ApiClient.Answer started = api.post("/workflows/" + WORKFLOW + "/runs", "{\"region\": \"eu\"}");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body()).containsEntry("provider", "tencent-wedata").containsKey("requestId");
        assertThat(started.body().get("requestId")).isNotNull();
        assertThat(simulator.runs("tencent-wedata")).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(started.body().get("runId"));
            assertThat(run.workflowId()).isEqualTo(WORKFLOW);
            assertThat(run.parameters()).containsEntry("region", "eu");
        });

        ApiClient.Answer status = api.get(started.location());

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).containsEntry("runId", started.body().get("runId")).containsEntry("status", "SUCCEEDED");
        assertThat(simulator.requests("tencent-wedata")).hasSize(2).allSatisfy(recorded -> {
            assertThat(recorded.status()).isEqualTo(200);
            assertThat(recorded.request().header("Authorization"))
                    .startsWith("TC3-HMAC-SHA256 Credential=" + WorkflowRunSimulator.ACCESS_KEY + "/")
                    .contains("/wedata/tc3_request");
        });
    }
}
