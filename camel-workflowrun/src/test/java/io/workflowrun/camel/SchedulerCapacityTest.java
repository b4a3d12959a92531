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
