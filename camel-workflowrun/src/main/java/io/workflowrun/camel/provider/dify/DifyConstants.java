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
package io.workflowrun.camel.provider.dify;

import org.apache.camel.spi.Metadata;

/** Dify's message headers. */
public interface DifyConstants {

    @Metadata(description = "Dify: the end-user identifier. In: overrides the user option. Out: set on trigger to the user that "
                            + "started the run, whom cancel then sends (Dify before 1.9 ignores a stop from any other user).",
              javaType = "String")
    String USER = "CamelWorkflowRunDifyUser";
    @Metadata(description = "Dify: the run's task ID. Out: set by a streaming trigger (a blocking one answers when the task has "
                            + "ended). In: the run to stop on cancel (Dify stops runs by task).",
              javaType = "String")
    String TASK_ID = "CamelWorkflowRunDifyTaskId";
    @Metadata(label = "producer", description = "Dify: the run's files, sent as the files list beside inputs (a List of file "
                                                + "objects with type, transfer_method and url or upload_file_id, or a JSON array "
                                                + "as text). File-type input variables go in the body's inputs instead.",
              javaType = "java.util.List")
    String FILES = "CamelWorkflowRunDifyFiles";
    @Metadata(label = "producer", description = "Dify: a trace ID to join the run to your own distributed trace, sent as the "
                                                + "X-Trace-Id request header (1 to 128 letters, digits, '-' or '_').",
              javaType = "String")
    String TRACE_ID = "CamelWorkflowRunDifyTraceId";
}
