package io.workflowrun.camel.spi;

/** The status of a run, unified across providers. */
public enum RunStatus {
    PENDING,
    RUNNING,
    WAITING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** Whether the run can no longer change. */
    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
