package io.workflowrun.camel.provider.alibaba;

/**
 * Headers of the {@code alibaba-schedulerx} provider.
 * <p>
 * SchedulerX's API (2019-04-30) has no call that stops a workflow instance: {@code StopInstance} stops one job
 * instance, by job ID and job instance ID. {@code operation=status} therefore puts the active job instance of the run
 * on the message, and {@code operation=cancel} stops it.
 */
public final class SchedulerxHeaders {

    /** Out (status): the job ID of the run's active node, or null when none is waiting or running. In (cancel). */
    public static final String JOB_ID = "CamelWorkflowRunSchedulerxJobId";
    /** Out (status): the job instance ID of the run's active node, or null when none is. In (cancel). */
    public static final String JOB_INSTANCE_ID = "CamelWorkflowRunSchedulerxJobInstanceId";

    private SchedulerxHeaders() {
    }
}
