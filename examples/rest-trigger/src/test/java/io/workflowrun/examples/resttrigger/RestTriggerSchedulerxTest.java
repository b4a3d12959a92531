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

import io.workflowrun.simulator.RunState;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** SchedulerX stops a run through its running job instance: DELETE looks the run up first, then stops it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "workflowrun.provider=alibaba-schedulerx")
class RestTriggerSchedulerxTest extends ApiTestSupport {

    private static final String WORKFLOW = "111";

    @Test
    void deleteStopsTheRunsActiveJobInstance() throws Exception {
        simulator.setOutcome(WORKFLOW, RunState.RUNNING);
        ApiClient.Answer started = api.post("/workflows/" + WORKFLOW + "/runs", "{\"batch\": 7}");
        assertThat(started.status()).isEqualTo(202);

        ApiClient.Answer cancelled = api.delete(started.location());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body()).containsEntry("status", "CANCELLED");
        assertThat(simulator.requests("alibaba-schedulerx")).extracting(recorded -> recorded.request().header("x-acs-action"))
                .containsExactly("ExecuteWorkflow", "GetWorkflowInstance", "StopInstance");
        assertThat(api.get(started.location()).body()).containsEntry("status", "FAILED");
    }

    @Test
    void workflowIdThatIsNotAnIntegerIsRefusedNamingIt() throws Exception {
        ApiClient.Answer answer = api.post("/workflows/nightly/runs", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat((String) answer.body().get("message")).contains("'nightly'").contains("integer");
        assertThat(simulator.requests()).isEmpty();
    }
}
