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
package io.workflowrun.camel.provider.cloudflow;

import io.workflowrun.camel.model.RunStatus;

/**
 * CloudFlow's execution statuses ({@code Status} of {@code DescribeExecution}, {@code StartExecution} and
 * {@code StopExecution}), unified. The API reference lists Starting, Running, Stopped, Succeeded, Failed and TimedOut.
 */
final class CloudFlowStatus {

    private CloudFlowStatus() {
    }

    static RunStatus of(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "Starting" -> RunStatus.PENDING;
            case "Running" -> RunStatus.RUNNING;
            case "Succeeded" -> RunStatus.SUCCEEDED;
            case "Failed", "TimedOut" -> RunStatus.FAILED;
            // StopExecution's end state
            case "Stopped" -> RunStatus.CANCELLED;
            // an undocumented status: not terminal, so a wait polls on rather than ending on a guess
            default -> null;
        };
    }
}
