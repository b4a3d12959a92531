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

import org.apache.camel.spi.Metadata;

/** Airflow's message headers. */
public interface AirflowConstants {

    @Metadata(label = "producer", description = "Airflow: the note of the DAG run a trigger starts (its note field, shown with the run; 1000 characters at most).",
              javaType = "String")
    String NOTE = "CamelWorkflowRunAirflowNote";
}
