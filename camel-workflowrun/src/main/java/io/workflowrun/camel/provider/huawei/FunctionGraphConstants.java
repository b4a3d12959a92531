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
package io.workflowrun.camel.provider.huawei;

import org.apache.camel.spi.Metadata;

/** Huawei FunctionGraph's message headers. */
public interface FunctionGraphConstants {

    @Metadata(label = "producer", description = "Huawei FunctionGraph: the flow's headers object (a Map).", javaType = "java.util.Map")
    String FLOW_HEADERS = "CamelWorkflowRunHuaweiFlowHeaders";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-WorkflowRun-ID request header.", javaType = "String")
    String WORKFLOW_RUN_ID = "CamelWorkflowRunHuaweiWorkflowRunId";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-Create-Time request header.", javaType = "String")
    String CREATE_TIME = "CamelWorkflowRunHuaweiCreateTime";
    @Metadata(label = "producer", description = "Huawei FunctionGraph: sent as the X-WorkflowRun-MergeFnParameters request header.", javaType = "String")
    String MERGE_FN_PARAMETERS = "CamelWorkflowRunHuaweiMergeFnParameters";
}
