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

import org.apache.camel.spi.Metadata;

/** Alibaba SchedulerX's message headers. */
public interface SchedulerxConstants {

    @Metadata(description = "Alibaba SchedulerX: the job ID of the run's active node. Out: set by status. In: the job instance cancel stops "
                            + "(SchedulerX stops job instances, not workflow instances).", javaType = "String")
    String JOB_ID = "CamelWorkflowRunSchedulerxJobId";
    @Metadata(description = "Alibaba SchedulerX: the job instance ID of the run's active node. Out: set by status. In: what cancel stops.",
              javaType = "String")
    String JOB_INSTANCE_ID = "CamelWorkflowRunSchedulerxJobInstanceId";
}
