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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every pending wait, resend and rate-limit slot is a task on the component's scheduler: more than Camel's default
 * queue of 1000 must be accepted, or waits fail as if the component were stopping.
 */
class SchedulerCapacityTest extends CamelTestSupport {

    @Test
    void acceptsMoreThanAThousandPendingTasks() throws Exception {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        ScheduledExecutorService scheduler = component.scheduler();
        int tasks = 5000;
        CountDownLatch ran = new CountDownLatch(tasks);

        for (int i = 0; i < tasks; i++) {
            scheduler.schedule(ran::countDown, 200, TimeUnit.MILLISECONDS);
        }

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
