package io.workflowrun.simulator;

/** Where a simulated run is in its life; handlers map it to their provider's own status text. */
public enum RunState {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
