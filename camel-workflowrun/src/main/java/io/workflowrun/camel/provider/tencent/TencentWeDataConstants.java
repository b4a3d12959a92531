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

import org.apache.camel.spi.Metadata;

/** Tencent WeData's message headers. */
public interface TencentWeDataConstants {

    @Metadata(label = "producer", description = "Tencent WeData: the task IDs to run (a List or comma-separated text); overrides the taskIds option.",
              javaType = "java.util.List")
    String TASK_IDS = "CamelWorkflowRunTencentTaskIds";
    @Metadata(label = "producer", description = "Tencent WeData: scheduling resource group ID; overrides the option.", javaType = "String")
    String SCHEDULING_RESOURCE_GROUP_ID = "CamelWorkflowRunTencentSchedulingResourceGroupId";
    @Metadata(label = "producer", description = "Tencent WeData: integration resource group ID; overrides the option.", javaType = "String")
    String INTEGRATION_RESOURCE_GROUP_ID = "CamelWorkflowRunTencentIntegrationResourceGroupId";
}
