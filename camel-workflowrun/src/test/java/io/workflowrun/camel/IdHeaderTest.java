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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRunException;
import java.time.Duration;
import io.workflowrun.camel.provider.alibaba.SchedulerxConstants;
import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ID headers take text, or a whole number where the provider's IDs are numbers (SchedulerX's are integers); the bad
 * shapes are in {@link BadInputCatalogueTest}.
 */
class IdHeaderTest extends SimulatorTestSupport {

    private static final String SCHEDULERX = "alibaba-schedulerx";
    private static final String INTERACTLY_WORKFLOW = "5eb7cf5a86d9755df3a6c593";

    private static String schedulerx() {
        return "workflowrun:" + SCHEDULERX + ":111?region=cn-hangzhou&namespace=ns-1&groupId=group.default&accessKey="
               + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")&baseUrl="
               + simulator.baseUrl(SCHEDULERX);
    }

    private Exchange request(String uri, Object body, Object... headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            for (int i = 0; i < headers.length; i += 2) {
                e.getMessage().setHeader((String) headers[i], headers[i + 1]);
            }
        });
    }

    @Test
    void schedulerxTakesItsIntegerIdsAsNumbers() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        long runId = Long.parseLong(send(schedulerx(), Map.of("a", 1)).getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class));

        Exchange status = request(schedulerx(), null, WorkflowRunConstants.OPERATION, "status", WorkflowRunConstants.WORKFLOW_ID, 111,
                WorkflowRunConstants.RUN_ID, runId);
        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);

        long jobId = Long.parseLong(status.getMessage().getHeader(SchedulerxConstants.JOB_ID, String.class));
        long jobInstanceId = Long.parseLong(status.getMessage().getHeader(SchedulerxConstants.JOB_INSTANCE_ID, String.class));
        Exchange cancel = request(schedulerx(), null, WorkflowRunConstants.OPERATION, "cancel", WorkflowRunConstants.RUN_ID, runId,
                SchedulerxConstants.JOB_ID, jobId, SchedulerxConstants.JOB_INSTANCE_ID, jobInstanceId);
        assertThat(cancel.getException()).isNull();
        assertThat(simulator.requests(SCHEDULERX).get(2).request().rawQuery()).contains("InstanceId=" + jobInstanceId)
                .contains("JobId=" + jobId);
    }

    @Test
    void aBlankWorkflowIdHeaderLeavesTheUrisWorkflow() {
        Exchange out = request("workflowrun:interactly:" + INTERACTLY_WORKFLOW + "?apiKey=" + WorkflowRunSimulator.API_KEY
                               + "&teamId=t&baseUrl=" + simulator.baseUrl("interactly"), Map.of("a", 1),
                WorkflowRunConstants.WORKFLOW_ID, " ");

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs("interactly").get(0).workflowId()).isEqualTo(INTERACTLY_WORKFLOW);
    }

    @Test
    void anIdWithDotsInsideIsStillAnId() {
        Exchange out = request("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"),
                null, WorkflowRunConstants.OPERATION, "status", WorkflowRunConstants.RUN_ID, "..run..");

        // only the whole segments . and .. are refused: this one reaches Dify, which does not know it
        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(simulator.requests("dify").get(0).request().rawPath()).isEqualTo("/v1/workflows/run/..run..");
    }
}
