/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.camel.provider.huawei;

import io.workflowrun.camel.model.RunStatus;

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
