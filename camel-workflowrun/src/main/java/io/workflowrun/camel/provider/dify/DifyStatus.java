package io.workflowrun.camel.provider.dify;

import io.workflowrun.camel.spi.RunStatus;

/** Dify's run statuses, unified. */
final class DifyStatus {

    private DifyStatus() {
    }

    static RunStatus of(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "running" -> RunStatus.RUNNING;
            case "succeeded", "partial-succeeded" -> RunStatus.SUCCEEDED;
            case "failed" -> RunStatus.FAILED;
            case "stopped" -> RunStatus.CANCELLED;
            case "paused" -> RunStatus.WAITING;
            default -> null;
        };
    }
}
