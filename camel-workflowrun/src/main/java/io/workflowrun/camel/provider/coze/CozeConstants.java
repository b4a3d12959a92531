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

import org.apache.camel.spi.Metadata;

/** Coze's message headers. */
public interface CozeConstants {

    @Metadata(label = "producer", description = "Coze: the run's ext fields, sent as ext (a Map of text values, or a JSON object as "
                                                + "text); Coze documents user_id, latitude and longitude.",
              javaType = "java.util.Map")
    String EXT = "CamelWorkflowRunCozeExt";
    @Metadata(description = "Coze: the run's debug page (debug_url: each node's inputs and outputs, open for 7 days). Out: set "
                            + "by trigger and status.",
              javaType = "String")
    String DEBUG_URL = "CamelWorkflowRunCozeDebugUrl";
}
