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
package io.workflowrun.camel.provider.tencent;

import io.workflowrun.camel.model.RunStatus;

/**
 * WeData's {@code TriggerWorkflowRunBrief.ExecutionState} values (API 2025-08-06), unified.
 * <p>
 * WeData documents five: FAILED, SUCCESS, PENDING, SKIPED, RUNNING. It documents no state for a killed run; what a
 * killed run can show is taken from WeData's own vocabulary: its scheduler's states KILL and KILLING (which the same API
 * lists, under "failed", for quality-rule instances), and EXPIRED ("failed", for task instances). Any other state of a
 * run that has ended (it carries an end time) is a failure: the run is over, and nothing says it succeeded. A state
 * not known, of a run not ended, maps to null, so a wait keeps polling rather than guessing an outcome.
 */
final class WeDataExecutionState {

    private WeDataExecutionState() {
    }

    /**
     * @param ended whether the answer carries an end time for the run ({@code ExecutionEndTime} or {@code EndTime})
     */
    static RunStatus of(String state, boolean ended) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "PENDING" -> RunStatus.PENDING;
            case "RUNNING" -> RunStatus.RUNNING;
            case "SUCCESS" -> RunStatus.SUCCEEDED;
            case "FAILED", "EXPIRED" -> RunStatus.FAILED;
            // "skip running": the run ended without its tasks being run; not a success of the work that was asked for.
            // SKIPED is the workflow-level spelling, SKIP the task-level one.
            case "SKIPED", "SKIP" -> RunStatus.CANCELLED;
            case "KILL" -> RunStatus.CANCELLED;
            // being killed: not over yet, so a wait polls on until the run reads KILL (or another end)
            case "KILLING" -> RunStatus.RUNNING;
            default -> ended ? RunStatus.FAILED : null;
        };
    }
}
