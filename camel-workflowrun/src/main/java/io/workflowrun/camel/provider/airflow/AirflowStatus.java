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
package io.workflowrun.camel.provider.airflow;

import io.workflowrun.camel.model.RunStatus;

/**
 * Airflow's DAG run states (its {@code DagRunState}: queued, running, success, failed), unified. Airflow has no
 * cancelled state: a run stopped by a cancel reads failed.
 */
final class AirflowStatus {

    private AirflowStatus() {
    }

    static RunStatus of(String state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "queued" -> RunStatus.PENDING;
            case "running" -> RunStatus.RUNNING;
            case "success" -> RunStatus.SUCCEEDED;
            case "failed" -> RunStatus.FAILED;
            default -> null;
        };
    }
}
