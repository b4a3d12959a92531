package io.workflowrun.camel.provider.interactly;

import io.workflowrun.camel.spi.RunStatus;

/** Interactly's run statuses (its WorkflowStatus enum), unified. */
final class InteractlyStatus {

    private InteractlyStatus() {
    }

    static RunStatus of(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "not_started", "pending" -> RunStatus.PENDING;
            case "started", "running" -> RunStatus.RUNNING;
            case "paused", "waiting_for_user_input" -> RunStatus.WAITING;
            case "completed" -> RunStatus.SUCCEEDED;
            case "failed", "aborted_looping_risk" -> RunStatus.FAILED;
            case "cancelled" -> RunStatus.CANCELLED;
            default -> null;
        };
    }
}
