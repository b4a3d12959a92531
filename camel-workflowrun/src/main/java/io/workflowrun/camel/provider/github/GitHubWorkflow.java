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

import java.util.regex.Pattern;

import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.spi.UriPaths;

/**
 * A workflow ID of this provider: {@code owner/repo/workflow}, the workflow being its file's name (the API's
 * {@code workflow_id} takes {@code ci.yml}) or its numeric ID. Status and cancel need only the repository, so
 * {@code owner/repo} serves them too.
 *
 * @param workflow the workflow file's name or ID; null where only the repository was given
 */
record GitHubWorkflow(String owner, String repo, String workflow) {

    /** An account's login (letters, digits, '-'; '_' for enterprise managed users). */
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final Pattern REPO = Pattern.compile("[A-Za-z0-9._-]+");
    /** GitHub runs workflow files with these extensions only, from .github/workflows; or a workflow's numeric ID. */
    private static final Pattern WORKFLOW = Pattern.compile("[^/]+\\.ya?ml|[0-9]+");
    private static final String EXPECTED = "expected owner/repo/workflow, e.g. octo-org/hello-world/ci.yml (the workflow "
                                           + "file's name, or its numeric ID)";

    /**
     * Reads a workflow ID.
     *
     * @param source        names where it came from, for the error (e.g. {@code Header CamelWorkflowRunWorkflowId})
     * @param needsWorkflow whether the workflow must be named (a trigger), or the repository is enough
     */
    static GitHubWorkflow parse(String id, String source, boolean needsWorkflow) {
        RequestValues.requireNoControlCharacter(id, source);
        String[] parts = id.split("/", -1);
        boolean whole = parts.length == 3;
        if (!whole && (needsWorkflow || parts.length != 2)) {
            throw new IllegalArgumentException(source + " is '" + id + "', which is not a GitHub workflow: " + EXPECTED);
        }
        check(parts[0], OWNER, "owner", id, source);
        check(parts[1], REPO, "repository", id, source);
        if (parts[1].equals(".") || parts[1].equals("..")) {
            throw new IllegalArgumentException(source + " is '" + id + "', whose repository is not a name: " + EXPECTED);
        }
        if (whole) {
            check(parts[2], WORKFLOW, "workflow (a .yml or .yaml file's name, or a number)", id, source);
        }
        return new GitHubWorkflow(parts[0], parts[1], whole ? parts[2] : null);
    }

    private static void check(String part, Pattern pattern, String what, String id, String source) {
        if (!pattern.matcher(part).matches()) {
            throw new IllegalArgumentException(source + " is '" + id + "', whose " + what + " '" + part + "' is not one: " + EXPECTED);
        }
    }

    /** {@code /repos/{owner}/{repo}}, each part one path segment. */
    String repositoryPath() {
        return "/repos/" + UriPaths.segment(owner) + "/" + UriPaths.segment(repo);
    }

    /** {@code /repos/{owner}/{repo}/actions/workflows/{workflow}}. */
    String workflowPath() {
        return repositoryPath() + "/actions/workflows/" + UriPaths.segment(workflow);
    }
}
