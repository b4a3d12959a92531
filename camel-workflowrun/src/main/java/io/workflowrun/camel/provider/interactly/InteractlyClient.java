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
package io.workflowrun.camel.provider.interactly;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import io.workflowrun.camel.spi.RunRequest;

/** Maps runs to Interactly's execute call, with the headers its official SDK sends. */
final class InteractlyClient implements ProviderClient {

    /** The API version the official SDK pins. */
    static final String API_VERSION = "2026-04-01";

    private final URI baseUrl;
    private final RequestSigner signer;
    /** What the official SDK sends beside the key on every call (team, user, API version); the key is the signer's. */
    private final Map<String, String> headers;
    private final Integer versionNumber;
    private final String runBy;

    InteractlyClient(URI baseUrl, String apiKey, String teamId, String userId, Integer versionNumber, String runBy) {
        this.baseUrl = baseUrl;
        this.signer = new BearerKeySigner(apiKey);
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("teamid", teamId);
        // as the official SDK: all three credential headers on every call, uuid empty when no user is set
        fixed.put("uuid", userId == null ? "" : userId);
        fixed.put("X-Interactly-API-Version", API_VERSION);
        fixed.put("Content-Type", "application/json");
        fixed.put("Accept", "application/json");
        this.headers = Map.copyOf(fixed);
        this.versionNumber = versionNumber;
        this.runBy = runBy;
    }

    @Override
    public HttpCall call(RunRequest request) {
        HttpCall unsigned = switch (request.operation()) {
            case trigger -> execute(request, "start", null);
            case status -> HttpCall.of("GET", URI.create(baseUrl + "/v1/workflow-runs/" + runId(request)), headers, null);
            // the service stops a run through the same execute call, with the stop command and the run's ID
            case cancel -> execute(request, "stop", runId(request));
        };
        return signer.sign(unsigned, request.now());
    }

    private static String runId(RunRequest request) {
        return InteractlyProvider.requireObjectId(request.requireRunId("run ID"), "header " + RunRequest.RUN_ID_HEADER);
    }

    private HttpCall execute(RunRequest request, String command, String runId) {
        // the endpoint URI's workflow ID was checked when the endpoint was created: a bad one now came in the header
        String workflowId = InteractlyProvider.requireObjectId(request.requireWorkflowId(InteractlyProvider.ID, "workflow ID"),
                "header " + RunRequest.WORKFLOW_ID_HEADER);
        Map<String, Object> runInput = new LinkedHashMap<>();
        runInput.put("command", command);
        runInput.put("dynamic_variables", request.parameters() == null ? Map.of() : request.parameters());
        Map<String, Object> runtimeVariables = request.headerObject(InteractlyConstants.RUNTIME_VARIABLES);
        runInput.put("runtime_variables", runtimeVariables == null ? Map.of() : runtimeVariables);
        runInput.put("miscellaneous", Map.of());
        // the service rejects a run without a thread ("Found 0 threads in workflow input"): the SDK seeds thread "0"
        runInput.put("thread_to_node_inputs", Map.of("0", Map.of("node_run_inputs", List.of())));
        if (runBy != null) {
            runInput.put("run_by", runBy);
        }
        if (versionNumber != null) {
            runInput.put("version_number", versionNumber);
        }
        URI uri = URI.create(baseUrl + "/v1/workflows/" + workflowId + "/execute");
        Map<String, Object> body = new LinkedHashMap<>();
        if (runId != null) {
            body.put("run_id", runId);
        }
        body.put("run_input", runInput);
        return HttpCall.of("POST", uri, headers, Json.write(body));
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        String requestId = reply.header("X-Request-Id");
        if (!reply.isSuccess()) {
            throw new WorkflowRunException(InteractlyProvider.ID, reply.status(), null,
                    json == null ? Replies.describeUnexpected(reply) : errorText(json), requestId);
        }
        if (request.operation() == WorkflowRunOperation.status) {
            return run(request, reply, json, requestId);
        }
        String runId = json == null ? null : firstText(json, "run_id", "workflow_run_id", "id");
        if (runId == null) {
            throw Replies.unexpected(InteractlyProvider.ID, reply, "a run_id", requestId);
        }
        String status = Replies.text(json, "status");
        return new WorkflowRun(InteractlyProvider.ID, request.workflowId(), runId, InteractlyStatus.of(status), status,
                null, Replies.text(json, "error"), requestId, json);
    }

    /** {@code GET /v1/workflow-runs/{id}} wraps the run twice: {@code {workflow_run: {_id, ..., workflow_run: {...}}}}. */
    private static WorkflowRun run(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        Map<String, Object> document = json == null ? null : Replies.object(json, "workflow_run");
        Map<String, Object> run = document == null ? null : Replies.object(document, "workflow_run");
        String status = run == null ? null : Replies.text(run, "status");
        if (status == null) {
            throw Replies.unexpected(InteractlyProvider.ID, reply, "workflow_run.workflow_run.status", requestId);
        }
        String runId = firstText(run, "workflow_run_id");
        if (runId == null) {
            runId = firstText(document, "_id");
        }
        String workflowId = firstText(run, "workflow_id");
        // the service says why a run ended in termination_source; only a failure makes that an error
        String error = "failed".equals(status) ? Replies.text(run, "termination_source") : null;
        return new WorkflowRun(InteractlyProvider.ID, workflowId != null ? workflowId : request.workflowId(),
                runId != null ? runId : request.runId(), InteractlyStatus.of(status), status, null, error, requestId, json);
    }

    private static String firstText(Map<String, Object> json, String... keys) {
        for (String key : keys) {
            Object value = json.get(key);
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    /** FastAPI's {@code detail} (text or a list of validation errors), or the service's {@code message: error}. */
    private static String errorText(Map<String, Object> json) {
        Object detail = json.get("detail");
        if (detail instanceof List<?> list) {
            return list.stream().map(Replies::validationError).collect(Collectors.joining("; "));
        }
        if (detail != null) {
            return detail.toString();
        }
        String message = Replies.text(json, "message");
        String error = Replies.text(json, "error");
        if (message != null && error != null) {
            return message + ": " + error;
        }
        return message != null ? message : error != null ? error : json.toString();
    }

}
