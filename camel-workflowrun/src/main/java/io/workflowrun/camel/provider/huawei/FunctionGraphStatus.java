package io.workflowrun.camel.provider.huawei;

import io.workflowrun.camel.spi.RunStatus;

/**
 * FunctionGraph's flow execution statuses (ShowWorkflowExecution's {@code status}), unified. FunctionGraph has no queued
 * status, and {@code timeout} means the flow ran past its own time limit: a failure, not a wait that expired.
 */
final class FunctionGraphStatus {

    private FunctionGraphStatus() {
    }

    static RunStatus of(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "running" -> RunStatus.RUNNING;
            case "success" -> RunStatus.SUCCEEDED;
            case "fail", "timeout" -> RunStatus.FAILED;
            case "cancel" -> RunStatus.CANCELLED;
            default -> null;
        };
    }
}
