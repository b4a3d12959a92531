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

import java.util.concurrent.ScheduledThreadPoolExecutor;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each call's answer deadline is a timer task that the answer cancels: a cancelled deadline must leave the timer's
 * queue at once, or a busy route would keep one per trigger for all of requestTimeout.
 */
class AnswerDeadlineTimerTest extends SimulatorTestSupport {

    private static final int TRIGGERS = 200;

    @Test
    void answeredCallsLeaveNoDeadlineQueued() {
        String uri = "workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WorkflowRunSimulator.API_KEY
                     + "&teamId=t&requestTimeout=600000&baseUrl=" + simulator.baseUrl("interactly");
        for (int i = 0; i < TRIGGERS; i++) {
            assertThat(send(uri, "{\"n\": " + i + "}").getException()).isNull();
        }
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        ScheduledThreadPoolExecutor timer = WorkflowRunComponent.timerOf(component.scheduler());
        assertThat(timer.getQueue()).as("deadlines still queued after %d answered triggers", TRIGGERS).hasSizeLessThan(10);
    }
}
