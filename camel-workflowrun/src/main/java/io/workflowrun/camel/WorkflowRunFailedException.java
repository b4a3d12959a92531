package io.workflowrun.camel;

/** The run ended FAILED or CANCELLED while the producer waited for it. The run, with its ID, is in {@link #getRun()}. */
public class WorkflowRunFailedException extends WorkflowRunException {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowRun run;

    public WorkflowRunFailedException(WorkflowRun run, int httpStatus) {
        super(run.provider(), httpStatus, run.providerStatus(),
                "run " + run.runId() + " ended " + run.status() + (run.error() == null ? "" : ": " + run.error()),
                run.requestId());
        this.run = run;
    }

    public WorkflowRun getRun() {
        return run;
    }
}
