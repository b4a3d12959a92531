package io.workflowrun.camel.provider.huawei;

import io.workflowrun.camel.spi.RunStatus;

/** FunctionGraph's flow execution statuses, unified. */
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
