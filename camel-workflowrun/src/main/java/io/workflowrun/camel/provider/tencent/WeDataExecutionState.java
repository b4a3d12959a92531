package io.workflowrun.camel.provider.tencent;

import io.workflowrun.camel.spi.RunStatus;

/**
 * WeData's {@code TriggerWorkflowRunBrief.ExecutionState} values (API 2025-08-06), unified. WeData documents no state
 * for a killed run; an undocumented value maps to null, so a wait keeps polling rather than guessing an outcome.
 */
final class WeDataExecutionState {

    private WeDataExecutionState() {
    }

    static RunStatus of(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "PENDING" -> RunStatus.PENDING;
            case "RUNNING" -> RunStatus.RUNNING;
            case "SUCCESS" -> RunStatus.SUCCEEDED;
            case "FAILED" -> RunStatus.FAILED;
            // "skip running": the run ended without its tasks being run; not a success of the work that was asked for.
            // SKIPED is the workflow-level spelling, SKIP the task-level one.
            case "SKIPED", "SKIP" -> RunStatus.CANCELLED;
            default -> null;
        };
    }
}
