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

/** The Java DSL route of the GitHub Actions page; DocsRoutesTest runs it against the simulator. */
public class GitHubActionsRoutes extends ProviderPageRoutes {

    public GitHubActionsRoutes() {
        super("github-actions", Map.of(
                "github.workflowId", "workflowId",
                "github.baseUrl", "baseUrl",
                "github.ref", "ref",
                "github.token", "token"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:github-actions")
            .to("workflowrun:github-actions:{{github.workflowId}}"
                + "?baseUrl={{github.baseUrl}}&ref={{github.ref}}&token=RAW({{github.token}})")
            .log("GitHub Actions run ${header.CamelWorkflowRunId}: ${header.CamelWorkflowRunGitHubRunUrl}");
        // end::route[]
    }
}
