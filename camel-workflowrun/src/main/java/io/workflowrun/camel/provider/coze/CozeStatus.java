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
package io.workflowrun.camel.provider.coze;

import io.workflowrun.camel.model.RunStatus;

/** Coze's run statuses ({@code execute_status} of a run history), unified. */
final class CozeStatus {

    private CozeStatus() {
    }

    /**
     * @param interrupted whether the history carries {@code interrupt_data}: the run waits at a question or input node
     *                    for a resume
     */
    static RunStatus of(String status, boolean interrupted) {
        if (status == null) {
            return null;
        }
        RunStatus unified = switch (status) {
            case "Running" -> RunStatus.RUNNING;
            case "Success" -> RunStatus.SUCCEEDED;
            case "Fail" -> RunStatus.FAILED;
            // not in Coze's published reference; the open-source Coze Studio's WorkflowExeStatus has it, for a run stopped
            // from the Coze UI
            case "Cancel" -> RunStatus.CANCELLED;
            default -> null;
        };
        return interrupted && (unified == null || !unified.isTerminal()) ? RunStatus.WAITING : unified;
    }
}
