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

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.signing.BearerKeySigner;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;

/**
 * Maps runs to GitHub's REST API: a {@code workflow_dispatch} that asks for the run's details (so that its ID comes
 * back), the run's status and conclusion, its cancel; with a token, or a GitHub App's installation tokens.
 */
final class GitHubActionsClient implements ProviderClient {

    /** The REST API version asked for; its description of the dispatch endpoint has {@code return_run_details}. */
    static final String API_VERSION = "2022-11-28";
    /** GitHub refuses requests without a User-Agent. */
    static final String USER_AGENT = "camel-workflowrun";

    /** What a 204 to a dispatch that asked for the run's details means; a user reads it in WorkflowRunMaybeStartedException. */
    static final String NO_RUN_DETAILS = "GitHub answered 204 No Content without the run's details, as a server does that "
                                         + "ignores return_run_details (a GitHub Enterprise Server older than the February 2026 "
                                         + "API change): the workflow was dispatched, but the ID of its run is not known. Find it "
                                         + "among the workflow's runs (GET /repos/{owner}/{repo}/actions/workflows/{workflow}/runs"
                                         + "?event=workflow_dispatch); this component needs a server that returns the run's details";
    /** What a server that does not know {@code return_run_details} answers it with, and what that means. */
    static final String RUN_DETAILS_REFUSED = "; this server does not take return_run_details (GitHub Enterprise Server 3.20 and "
                                              + "earlier refuse it), so no run was started: this component needs the run ID that "
                                              + "return_run_details brings back, which github.com and newer servers return";

    private static final Pattern RUN_ID = Pattern.compile("[0-9]{1,19}");

    private final URI baseUrl;
    private final String ref;
    /** Signs with the token, where one is configured; else the App's installation tokens are sent. */
    private final RequestSigner signer;
    private final GitHubAppTokens appTokens;
    private final Map<String, String> getHeaders;
    private final Map<String, String> postHeaders;

    private GitHubActionsClient(URI baseUrl, String ref, String token, GitHubAppTokens appTokens) {
        this.baseUrl = baseUrl;
        this.ref = ref;
        this.signer = token == null ? null : new BearerKeySigner(token);
        this.appTokens = appTokens;
        this.getHeaders = apiHeaders();
        Map<String, String> post = new LinkedHashMap<>(getHeaders);
        post.put("Content-Type", "application/json");
        this.postHeaders = Map.copyOf(post);
    }

    static GitHubActionsClient withToken(URI baseUrl, String ref, String token) {
        return new GitHubActionsClient(baseUrl, ref, token, null);
    }

    static GitHubActionsClient withApp(URI baseUrl, String ref, String appId, String installationId, RSAPrivateKey key) {
        return new GitHubActionsClient(baseUrl, ref, null, new GitHubAppTokens(baseUrl, appId, installationId, key, apiHeaders()));
    }

    /** The headers GitHub asks every REST call to carry. */
    static Map<String, String> apiHeaders() {
        return Map.of("Accept", "application/vnd.github+json", "X-GitHub-Api-Version", API_VERSION, "User-Agent", USER_AGENT);
    }

    @Override
    public HttpCall call(RunRequest request) {
        HttpCall unsigned = switch (request.operation()) {
            case trigger -> dispatch(request);
            case status -> HttpCall.of("GET", URI.create(baseUrl + runPath(request)), getHeaders, null);
            case cancel -> HttpCall.of("POST", URI.create(baseUrl + runPath(request) + "/cancel"), getHeaders, null);
        };
        return authorized(unsigned, request.now());
    }

    private HttpCall authorized(HttpCall unsigned, Instant now) {
        if (signer != null) {
            return signer.sign(unsigned, now);
        }
        String token = appTokens.current(now);
        if (token == null) {
            throw new IllegalStateException("No installation token is held for " + now + ": the core gets one before each call");
        }
        return unsigned.withHeaders(Map.of("Authorization", "Bearer " + token));
    }

    private HttpCall dispatch(RunRequest request) {
        GitHubWorkflow workflow = GitHubWorkflow.parse(request.requireWorkflowId(GitHubActionsProvider.ID, "workflow (owner/repo/workflow)"),
                workflowSource(request), true);
        String headerRef = request.headerText(GitHubActionsConstants.REF);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", headerRef != null ? headerRef : ref);
        Map<String, String> inputs = GitHubInputs.of(request.parameters());
        if (inputs != null) {
            body.put("inputs", inputs);
        }
        // without it GitHub answers 204 and the run's ID is never known
        body.put("return_run_details", true);
        return HttpCall.of("POST", URI.create(baseUrl + workflow.workflowPath() + "/dispatches"), postHeaders, Json.write(body));
    }

    /** {@code /repos/{owner}/{repo}/actions/runs/{run_id}}: a run is the repository's, whichever workflow it ran. */
    private static String runPath(RunRequest request) {
        GitHubWorkflow repository = GitHubWorkflow.parse(request.requireWorkflowId(GitHubActionsProvider.ID, "repository (owner/repo)"),
                workflowSource(request), false);
        String runId = request.requireRunId("workflow run ID");
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("Header " + RunRequest.RUN_ID_HEADER + " is '" + RequestValues.printable(runId)
                                               + "', but a GitHub workflow run ID is a number, e.g. 30433642");
        }
        return repository.repositoryPath() + "/actions/runs/" + runId;
    }

    private static String workflowSource(RunRequest request) {
        return request.header(RunRequest.WORKFLOW_ID_HEADER) != null ? "Header " + RunRequest.WORKFLOW_ID_HEADER
                : "The endpoint URI's workflowId";
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        String requestId = reply.header(GitHubErrors.REQUEST_ID);
        if (!reply.isSuccess()) {
            WorkflowRunException error = GitHubErrors.of(reply, request.now());
            if (request.operation() == WorkflowRunOperation.trigger && (error.getHttpStatus() == 400 || error.getHttpStatus() == 422)
                && error.getErrorMessage() != null && error.getErrorMessage().contains("return_run_details")) {
                throw new WorkflowRunException(GitHubActionsProvider.ID, error.getHttpStatus(), null,
                        error.getErrorMessage() + RUN_DETAILS_REFUSED, requestId);
            }
            throw error;
        }
        Map<String, Object> json = Replies.json(reply);
        return switch (request.operation()) {
            case trigger -> dispatched(request, reply, json, requestId);
            case status -> run(request, reply, json, requestId);
            // 202 Accepted with {}: the run goes on to cancelled, which its status then tells
            case cancel -> new WorkflowRun(GitHubActionsProvider.ID, request.workflowId(), request.runId(), null, null, null, null,
                    requestId, json == null ? Map.of() : json);
        };
    }

    private static WorkflowRun dispatched(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        if (reply.status() == 204) {
            // no error code: the core reports that the run may have started, and does not send the trigger again
            throw new WorkflowRunException(GitHubActionsProvider.ID, 204, null, NO_RUN_DETAILS, requestId);
        }
        String runId = json == null ? null : Replies.text(json, "workflow_run_id");
        if (runId == null || !RUN_ID.matcher(runId).matches()) {
            throw Replies.unexpected(GitHubActionsProvider.ID, reply, "the run's details (workflow_run_id)", requestId);
        }
        return new WorkflowRun(GitHubActionsProvider.ID, request.workflowId(), runId, null, null, null, null, requestId, json);
    }

    private static WorkflowRun run(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String status = json == null ? null : Replies.text(json, "status");
        String runId = json == null ? null : Replies.text(json, "id");
        if (status == null || runId == null) {
            throw Replies.unexpected(GitHubActionsProvider.ID, reply, "a workflow run's id and status", requestId);
        }
        String conclusion = Replies.text(json, "conclusion");
        return new WorkflowRun(GitHubActionsProvider.ID, request.workflowId(), runId, GitHubRunStatus.of(status, conclusion),
                GitHubRunStatus.text(status, conclusion), null, null, requestId, json);
    }

    /** The run's page, which both the dispatch's details and the run carry as {@code html_url}. */
    @Override
    public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        Object page = run.raw() == null ? null : run.raw().get("html_url");
        return page == null ? Map.of() : Map.of(GitHubActionsConstants.RUN_URL, page.toString());
    }

    @Override
    public boolean numericIds() {
        return true;
    }

    @Override
    public TokenSource tokens() {
        return appTokens;
    }

    /** GitHub's primary and secondary rate limits answer 403 or 429 having processed nothing. */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return GitHubErrors.isThrottling(error);
    }
}
