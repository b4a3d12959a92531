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
package io.workflowrun.camel.provider.alibaba;

import io.workflowrun.camel.model.RunStatus;

/**
 * SchedulerX's workflow instance statuses ({@code GetWorkflowInstance}'s {@code Data.WfInstanceInfo.Status}), unified.
 * SchedulerX has no cancelled status: a workflow instance whose job instance was stopped ends failed (5).
 */
final class SchedulerxStatus {

    /** A running job instance (job instance statuses share the codes 1, 3, 4, 5 with workflow instances). */
    static final int RUNNING = 3;
    static final int FAILED = 5;

    private SchedulerxStatus() {
    }

    static RunStatus of(Integer code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case 1, 2 -> RunStatus.PENDING; // 1 pending (等待中), 2 preparing (准备中)
            case 3 -> RunStatus.RUNNING;
            case 4 -> RunStatus.SUCCEEDED;
            case 5 -> RunStatus.FAILED;
            // undocumented codes: not terminal, so a wait polls on rather than ending on a guess
            default -> null;
        };
    }
}
