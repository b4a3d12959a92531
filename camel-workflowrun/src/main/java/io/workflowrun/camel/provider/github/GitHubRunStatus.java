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
package io.workflowrun.camel.provider.github;

import io.workflowrun.camel.model.RunStatus;

/**
 * A workflow run's {@code status} and, once it is {@code completed}, its {@code conclusion}, unified; and the one text
 * that stands for both.
 */
final class GitHubRunStatus {

    private GitHubRunStatus() {
    }

    static RunStatus of(String status, String conclusion) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "requested", "queued", "pending" -> RunStatus.PENDING;
            case "in_progress" -> RunStatus.RUNNING;
            // waiting: a job waits for an environment's reviewers; action_required: the run waits for approval
            case "waiting", "action_required" -> RunStatus.WAITING;
            case "completed" -> conclusion == null ? null : switch (conclusion) {
                // neutral and skipped are no failure: GitHub counts them as passed checks
                case "success", "neutral", "skipped" -> RunStatus.SUCCEEDED;
                case "failure", "timed_out", "startup_failure", "stale" -> RunStatus.FAILED;
                case "cancelled" -> RunStatus.CANCELLED;
                case "action_required" -> RunStatus.WAITING;
                default -> null;
            };
            default -> null;
        };
    }

    /** The conclusion of a completed run (it says more than {@code completed}), else the status. */
    static String text(String status, String conclusion) {
        return "completed".equals(status) && conclusion != null ? conclusion : status;
    }
}
