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
package io.workflowrun.docs.routes;

import java.util.Map;

/** The Java DSL route of the Alibaba Cloud CloudFlow page; DocsRoutesTest runs it against the simulator. */
public class AlibabaCloudFlowRoutes extends ProviderPageRoutes {

    public AlibabaCloudFlowRoutes() {
        super("alibaba-cloudflow", Map.of(
                "cloudflow.flowName", "workflowId",
                "cloudflow.region", "region",
                "cloudflow.accessKeyId", "accessKey",
                "cloudflow.accessKeySecret", "secretKey"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:alibaba-cloudflow")
            .to("workflowrun:alibaba-cloudflow:{{cloudflow.flowName}}?region={{cloudflow.region}}"
                + "&accessKey=RAW({{cloudflow.accessKeyId}})&secretKey=RAW({{cloudflow.accessKeySecret}})")
            .log("CloudFlow execution ${header.CamelWorkflowRunId} started");
        // end::route[]
    }
}
