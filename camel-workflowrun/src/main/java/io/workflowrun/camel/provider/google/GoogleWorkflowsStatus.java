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
package io.workflowrun.camel.provider.google;

import io.workflowrun.camel.model.RunStatus;

/** An execution's {@code state} as the unified status. */
final class GoogleWorkflowsStatus {

    private GoogleWorkflowsStatus() {
    }

    static RunStatus of(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            // backlogged over the concurrent-executions quota: started once a slot frees up
            case "QUEUED" -> RunStatus.PENDING;
            case "ACTIVE" -> RunStatus.RUNNING;
            case "SUCCEEDED" -> RunStatus.SUCCEEDED;
            case "FAILED" -> RunStatus.FAILED;
            case "CANCELLED" -> RunStatus.CANCELLED;
            // UNAVAILABLE: the execution's data cannot be read (its stateError says why, e.g. a CMEK key disabled), so
            // nothing is known of how it goes; STATE_UNSPECIFIED and states added later likewise
            default -> null;
        };
    }
}
