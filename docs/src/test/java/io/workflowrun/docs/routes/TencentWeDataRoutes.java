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

/** The Java DSL route of the Tencent WeData page; DocsRoutesTest runs it against the simulator. */
public class TencentWeDataRoutes extends ProviderPageRoutes {

    public TencentWeDataRoutes() {
        super("tencent-wedata", Map.of(
                "wedata.workflowId", "workflowId",
                "wedata.region", "region",
                "wedata.projectId", "projectId",
                "wedata.secretId", "accessKey",
                "wedata.secretKey", "secretKey"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:tencent-wedata")
            .to("workflowrun:tencent-wedata:{{wedata.workflowId}}"
                + "?region={{wedata.region}}&projectId={{wedata.projectId}}"
                + "&accessKey=RAW({{wedata.secretId}})&secretKey=RAW({{wedata.secretKey}})")
            .log("WeData run ${header.CamelWorkflowRunId} started (request ${header.CamelWorkflowRunRequestId})");
        // end::route[]
    }
}
