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
package io.workflowrun.camel.provider.google;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;
import io.workflowrun.camel.spi.UriPaths;

/**
 * The Workflow Executions API v1: {@code executions.create} with the body as the execution's {@code argument} (a JSON
 * object as text), {@code executions.get} and {@code executions.cancel}, each with the service account's access
 * token. The run ID is the execution's ID (the last segment of its name); status and cancel also take the full name.
 */
final class GoogleWorkflowsClient implements ProviderClient {

    /** A workflow's name: a letter, then letters, digits, hyphens and underscores. */
    static final Pattern WORKFLOW = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern EXECUTION_NAME = Pattern.compile(
            "projects/([^/]+)/locations/([^/]+)/workflows/([^/]+)/executions/([^/]+)");

    /** {@code .../v1/projects/{project}/locations/{location}/workflows/}, to which each call adds its workflow. */
    private final String workflows;
    private final URI baseUrl;
    private final AccessTokens tokens;

    GoogleWorkflowsClient(URI baseUrl, String projectId, String location, ServiceAccountKey key) {
        this.baseUrl = baseUrl;
        this.workflows = baseUrl + "/v1/projects/" + UriPaths.segment(projectId) + "/locations/" + UriPaths.segment(location)
                         + "/workflows/";
        this.tokens = new AccessTokens(key);
    }

    @Override
    public TokenSource tokens() {
        return tokens;
    }

    @Override
    public HttpCall call(RunRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + tokens.current(request.now()));
        headers.put("Accept", "application/json");
        return switch (request.operation()) {
            case trigger -> {
                headers.put("Content-Type", "application/json");
                yield HttpCall.of("POST", URI.create(workflow(request) + "/executions"), headers, Json.write(execution(request)));
            }
            case status -> HttpCall.of("GET", URI.create(execution(request, "")), headers, null);
            // the request body must be empty
            case cancel -> HttpCall.of("POST", URI.create(execution(request, ":cancel")), headers, new byte[0]);
        };
    }

    private String workflow(RunRequest request) {
        String workflow = request.requireWorkflowId(GoogleWorkflowsProvider.ID, "workflow name");
        if (!WORKFLOW.matcher(workflow).matches()) {
            throw new IllegalArgumentException("Header " + RunRequest.WORKFLOW_ID_HEADER + " is '" + workflow + "', but a Google"
                                               + " Cloud Workflows workflow name starts with a letter and has only letters,"
                                               + " digits, hyphens and underscores");
        }
        return workflows + workflow;
    }

    /** The execution a status or cancel call names: its ID in the endpoint's workflow, or its full name. */
    private String execution(RunRequest request, String verb) {
        String runId = request.requireRunId("execution ID (or the execution's full name)");
        if (runId.indexOf('/') < 0) {
            return workflow(request) + "/executions/" + UriPaths.segment(runId) + verb;
        }
        Matcher name = EXECUTION_NAME.matcher(runId);
        if (!name.matches()) {
            throw new IllegalArgumentException("Header " + RunRequest.RUN_ID_HEADER + " is '" + runId + "', but it takes an"
                                               + " execution ID or an execution's full name,"
                                               + " projects/{project}/locations/{location}/workflows/{workflow}/executions/{id}");
        }
        return baseUrl + "/v1/projects/" + UriPaths.segment(name.group(1)) + "/locations/" + UriPaths.segment(name.group(2))
               + "/workflows/" + UriPaths.segment(name.group(3)) + "/executions/" + UriPaths.segment(name.group(4)) + verb;
    }

    /** The Execution to create: the workflow's input as {@code argument}, the JSON object as text; none without a body. */
    private static Map<String, Object> execution(RunRequest request) {
        Map<String, Object> execution = new LinkedHashMap<>();
        if (request.parameters() != null) {
            execution.put("argument", new String(Json.write(request.parameters()), StandardCharsets.UTF_8));
        }
        return execution;
    }

    /** Google's quota refusal, RESOURCE_EXHAUSTED (HTTP 429): over the concurrent executions or a request quota. */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 || "RESOURCE_EXHAUSTED".equals(error.getErrorCode());
    }

    @Override
    public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        String name = run.raw() == null ? null : Replies.text(run.raw(), "name");
        return name == null ? Map.of() : Map.of(GoogleWorkflowsConstants.EXECUTION_NAME, name);
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (!reply.isSuccess()) {
            throw error(reply, json);
        }
        String name = json == null ? null : Replies.text(json, "name");
        Matcher execution = name == null ? null : EXECUTION_NAME.matcher(name);
        if (execution == null || !execution.matches()) {
            throw Replies.unexpected(GoogleWorkflowsProvider.ID, reply, "an Execution with its name", null);
        }
        String state = Replies.text(json, "state");
        return new WorkflowRun(GoogleWorkflowsProvider.ID, execution.group(3), execution.group(4), GoogleWorkflowsStatus.of(state),
                state, outputs(Replies.text(json, "result")), error(json), null, json);
    }

    /** Google's error answer: {@code {error: {code, message, status, details}}}, the status being the error's code. */
    private static WorkflowRunException error(HttpReply reply, Map<String, Object> json) {
        String status = json == null ? null : Replies.text(json, "error", "status");
        if (status == null) {
            return Replies.unexpected(GoogleWorkflowsProvider.ID, reply, null, null);
        }
        return new WorkflowRunException(GoogleWorkflowsProvider.ID, reply.status(), status, Replies.text(json, "error", "message"),
                null);
    }

    /** The execution's result, JSON as text: an object as the outputs, any other value under {@code result}. */
    private static Map<String, Object> outputs(String result) {
        if (result == null) {
            return null;
        }
        Map<String, Object> object = Json.readObjectOrNull(result);
        if (object != null) {
            return object;
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        try {
            outputs.put("result", Json.MAPPER.readValue(result, Object.class));
        } catch (java.io.IOException e) {
            outputs.put("result", result);
        }
        return outputs;
    }

    /** Why a failed or cancelled execution ended: the error's payload, then its context. */
    private static String error(Map<String, Object> json) {
        String payload = Replies.text(json, "error", "payload");
        String context = Replies.text(json, "error", "context");
        if (payload == null) {
            return context;
        }
        return context == null ? payload : payload + " (" + context + ")";
    }
}
