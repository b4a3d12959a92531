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
package io.workflowrun.camel.provider.interactly;

import io.workflowrun.camel.model.RunStatus;

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
