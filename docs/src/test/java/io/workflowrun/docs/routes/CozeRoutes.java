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

/** The Java DSL route of the Coze page; DocsRoutesTest runs it against the simulator. */
public class CozeRoutes extends ProviderPageRoutes {

    public CozeRoutes() {
        super("coze", Map.of(
                "coze.workflowId", "workflowId",
                "coze.region", "region",
                "coze.token", "apiKey"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:coze")
            .to("workflowrun:coze:{{coze.workflowId}}?region={{coze.region}}&apiKey=RAW({{coze.token}})")
            .log("Coze run ${header.CamelWorkflowRunId} started: ${header.CamelWorkflowRunCozeDebugUrl}");
        // end::route[]
    }
}
