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
package io.workflowrun.camel.provider.github;

import org.apache.camel.spi.Metadata;

/** GitHub Actions' message headers. */
public interface GitHubActionsConstants {

    @Metadata(label = "producer", description = "GitHub Actions: the git ref (branch or tag) whose version of the workflow file "
                                                + "a trigger runs, instead of the ref option.",
              javaType = "String")
    String REF = "CamelWorkflowRunGitHubRef";
    @Metadata(description = "GitHub Actions: the run's page on GitHub (its html_url). Out: set by trigger and status.",
              javaType = "String")
    String RUN_URL = "CamelWorkflowRunGitHubRunUrl";
}
