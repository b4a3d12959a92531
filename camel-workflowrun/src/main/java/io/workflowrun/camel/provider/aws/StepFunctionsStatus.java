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
package io.workflowrun.camel.provider.aws;

import io.workflowrun.camel.model.RunStatus;

/**
 * Step Functions' execution statuses (DescribeExecution's {@code status}), unified. {@code TIMED_OUT} is an execution
 * that ran past its state machine's own timeout: a failure, not a wait that expired. {@code PENDING_REDRIVE} is a
 * failed execution that RedriveExecution restarted and that has not run again yet.
 */
final class StepFunctionsStatus {

    private StepFunctionsStatus() {
    }

    static RunStatus of(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "RUNNING" -> RunStatus.RUNNING;
            case "PENDING_REDRIVE" -> RunStatus.PENDING;
            case "SUCCEEDED" -> RunStatus.SUCCEEDED;
            case "FAILED", "TIMED_OUT" -> RunStatus.FAILED;
            case "ABORTED" -> RunStatus.CANCELLED;
            // a status added later: not terminal, so a wait polls on rather than ending on a guess
            default -> null;
        };
    }
}
