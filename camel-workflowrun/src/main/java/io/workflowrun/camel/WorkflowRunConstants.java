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
package io.workflowrun.camel;

import org.apache.camel.spi.Metadata;

/** Message headers the component reads and writes. */
public final class WorkflowRunConstants {

    @Metadata(label = "producer", description = "Overrides the workflow ID of the endpoint URI.", javaType = "String")
    public static final String WORKFLOW_ID = "CamelWorkflowRunWorkflowId";
    @Metadata(label = "producer", description = "Overrides the endpoint's operation.",
              javaType = "io.workflowrun.camel.WorkflowRunOperation", enums = "trigger,status,cancel")
    public static final String OPERATION = "CamelWorkflowRunOperation";
    @Metadata(description = "In: the run to act on for status and cancel. Out: the run ID the provider returned.",
              javaType = "String")
    public static final String RUN_ID = "CamelWorkflowRunId";
    @Metadata(label = "producer", description = "Out: the unified run status (PENDING, RUNNING, WAITING, SUCCEEDED, FAILED, CANCELLED), where known.",
              javaType = "io.workflowrun.camel.spi.RunStatus")
    public static final String STATUS = "CamelWorkflowRunStatus";
    @Metadata(label = "producer", description = "Out: the provider's own status text.", javaType = "String")
    public static final String PROVIDER_STATUS = "CamelWorkflowRunProviderStatus";
    @Metadata(label = "producer", description = "Out: the provider's request ID, for support tickets.", javaType = "String")
    public static final String REQUEST_ID = "CamelWorkflowRunRequestId";

    @Metadata(description = "Dify: the end-user identifier. In: overrides the user option. Out: set on trigger to the user that "
                            + "started the run, whom cancel then sends (Dify before 1.9 ignores a stop from any other user).",
              javaType = "String")
    public static final String DIFY_USER = "CamelWorkflowRunDifyUser";
    @Metadata(description = "Dify: the run's task ID. Out: set by a streaming trigger (a blocking one answers when the task has "
                            + "ended). In: the run to stop on cancel (Dify stops runs by task).",
              javaType = "String")
    public static final String DIFY_TASK_ID = "CamelWorkflowRunDifyTaskId";
    @Metadata(label = "producer", description = "Dify: the run's files, sent as the files list beside inputs (a List of file "
                                                + "objects with type, transfer_method and url or upload_file_id, or a JSON array "
                                                + "as text). File-type input variables go in the body's inputs instead.",
              javaType = "java.util.List")
    public static final String DIFY_FILES = "CamelWorkflowRunDifyFiles";
    @Metadata(label = "producer", description = "Dify: a trace ID to join the run to your own distributed trace, sent as the "
                                                + "X-Trace-Id request header (1 to 128 letters, digits, '-' or '_').",
              javaType = "String")
    public static final String DIFY_TRACE_ID = "CamelWorkflowRunDifyTraceId";
    @Metadata(label = "producer", description = "Interactly: runtime variables, filling the workflow's double-bracket placeholders by name (a Map or JSON object text).",
              javaType = "java.util.Map")
    public static final String INTERACTLY_RUNTIME_VARIABLES = "CamelWorkflowRunInteractlyRuntimeVariables";

    @Metadata(label = "producer", description = "Tencent WeData: the task IDs to run (a List or comma-separated text); overrides the taskIds option.",
              javaType = "java.util.List")
    public static final String TENCENT_TASK_IDS = "CamelWorkflowRunTencentTaskIds";
    @Metadata(label = "producer", description = "Tencent WeData: scheduling resource group ID; overrides the option.", javaType = "String")
    public static final String TENCENT_SCHEDULING_RESOURCE_GROUP_ID = "CamelWorkflowRunTencentSchedulingResourceGroupId";
    @Metadata(label = "producer", description = "Tencent WeData: integration resource group ID; overrides the option.", javaType = "String")
    public static final String TENCENT_INTEGRATION_RESOURCE_GROUP_ID = "CamelWorkflowRunTencentIntegrationResourceGroupId";

    @Metadata(description = "Alibaba SchedulerX: the job ID of the run's active node. Out: set by status. In: the job instance cancel stops "
                            + "(SchedulerX stops job instances, not workflow instances).", javaType = "String")
    public static final String SCHEDULERX_JOB_ID = "CamelWorkflowRunSchedulerxJobId";
    @Metadata(description = "Alibaba SchedulerX: the job instance ID of the run's active node. Out: set by status. In: what cancel stops.",
              javaType = "String")
    public static final String SCHEDULERX_JOB_INSTANCE_ID = "CamelWorkflowRunSchedulerxJobInstanceId";

    @Metadata(label = "producer", description = "Huawei FunctionGraph: the flow's headers object (a Map).", javaType = "java.util.Map")
    public static final String HUAWEI_FLOW_HEADERS = "CamelWorkflowRunHuaweiFlowHeaders";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-WorkflowRun-ID request header.", javaType = "String")
    public static final String HUAWEI_WORKFLOW_RUN_ID = "CamelWorkflowRunHuaweiWorkflowRunId";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-Create-Time request header.", javaType = "String")
    public static final String HUAWEI_CREATE_TIME = "CamelWorkflowRunHuaweiCreateTime";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-WorkflowRun-MergeFnParameters request header.", javaType = "String")
    public static final String HUAWEI_MERGE_FN_PARAMETERS = "CamelWorkflowRunHuaweiMergeFnParameters";

    private WorkflowRunConstants() {
    }
}
