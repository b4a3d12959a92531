package io.workflowrun.camel;

/** What the producer does with a workflow. */
public enum WorkflowRunOperation {
    /** Start a new run of the workflow. */
    trigger,
    /** Read the status of the run named by {@link WorkflowRunConstants#RUN_ID}. */
    status,
    /** Stop the run named by {@link WorkflowRunConstants#RUN_ID}. */
    cancel
}
