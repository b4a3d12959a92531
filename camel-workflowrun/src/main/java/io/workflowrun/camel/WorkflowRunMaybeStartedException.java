package io.workflowrun.camel;

import java.time.Instant;

/**
 * A trigger was sent but no answer came back: the provider may have started the run. It is not sent again, so that
 * the workflow does not run twice; the exception says what is needed to look the run up.
 */
public class WorkflowRunMaybeStartedException extends WorkflowRunTransportException {

    private static final long serialVersionUID = 1L;

    private final String workflowId;
    private final Instant sentAt;

    public WorkflowRunMaybeStartedException(String provider, String workflowId, Instant sentAt, Throwable cause) {
        super(provider, true, provider + " may have started a run" + (workflowId == null ? "" : " of workflow " + workflowId)
                              + ": the trigger was sent at "
                              + sentAt + " but no answer came (" + cause + "). It was not sent again, so that the workflow "
                              + "does not run twice: look for a run started at that time before retrying this message.",
                cause);
        this.workflowId = workflowId;
        this.sentAt = sentAt;
    }

    public String getWorkflowId() {
        return workflowId;
    }

    /** When the trigger was signed and sent. */
    public Instant getSentAt() {
        return sentAt;
    }
}
