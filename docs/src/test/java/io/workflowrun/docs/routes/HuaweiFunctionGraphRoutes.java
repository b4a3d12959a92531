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

/** The Java DSL route of the Huawei FunctionGraph page; DocsRoutesTest runs it against the simulator. */
public class HuaweiFunctionGraphRoutes extends ProviderPageRoutes {

    public HuaweiFunctionGraphRoutes() {
        super("huawei-functiongraph", Map.of(
                "functiongraph.workflowId", "workflowId",
                "functiongraph.region", "region",
                "functiongraph.projectId", "projectId",
                "functiongraph.ak", "accessKey",
                "functiongraph.sk", "secretKey"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:huawei-functiongraph")
            .to("workflowrun:huawei-functiongraph:{{functiongraph.workflowId}}"
                + "?region={{functiongraph.region}}&projectId={{functiongraph.projectId}}"
                + "&accessKey=RAW({{functiongraph.ak}})&secretKey=RAW({{functiongraph.sk}})")
            .log("FunctionGraph execution ${header.CamelWorkflowRunId} started (request ${header.CamelWorkflowRunRequestId})");
        // end::route[]
    }
}
