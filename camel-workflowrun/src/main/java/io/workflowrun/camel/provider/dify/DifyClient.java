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
package io.workflowrun.camel.provider.dify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

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
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.spi.ServerSentEvent;
import io.workflowrun.camel.spi.UriPaths;

/** Maps runs to Dify's "Run Workflow" call and reads its blocking answer or its event stream. */
final class DifyClient implements ProviderClient {

    /** Dify's 429 for a plan's quota used up ({@code InvokeRateLimitError}); its throttling 429 is {@code too_many_requests}. */
    static final String QUOTA_EXCEEDED = "rate_limit_error";

    private final URI baseUrl;
    private final String user;
    private final boolean streaming;
    private final RequestSigner signer;
    private final Map<String, String> getHeaders;
    private final Map<String, String> postHeaders;
    private final Map<String, String> triggerHeaders;

    DifyClient(URI baseUrl, String apiKey, String user, boolean streaming) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.streaming = streaming;
        this.signer = new BearerKeySigner(apiKey);
        this.getHeaders = Map.of("Accept", "application/json");
        this.postHeaders = Map.of("Content-Type", "application/json", "Accept", "application/json");
        this.triggerHeaders = streaming ? Map.of("Content-Type", "application/json", "Accept", "text/event-stream") : postHeaders;
    }

    @Override
    public HttpCall call(RunRequest request) {
        HttpCall unsigned = switch (request.operation()) {
            case trigger -> trigger(request);
            case status -> HttpCall.of("GET", URI.create(baseUrl + "/workflows/run/"
                                                         + UriPaths.segment(request.requireRunId("workflow_run_id"))), getHeaders, null);
            case cancel -> HttpCall.of("POST", URI.create(baseUrl + "/workflows/tasks/" + UriPaths.segment(taskId(request)) + "/stop"),
                    postHeaders, Json.write(Map.of("user", userOf(request))));
        };
        return signer.sign(unsigned, request.now());
    }

    private static String taskId(RunRequest request) {
        String taskId = request.headerId(DifyConstants.TASK_ID);
        if (taskId == null) {
            throw new IllegalArgumentException("Dify stops a run by its task ID: set header " + DifyConstants.TASK_ID
                                               + ", which a trigger with responseMode=streaming puts on the message. A blocking "
                                               + "trigger gives none: Dify answers it only once the run has ended, when there is "
                                               + "nothing left to stop");
        }
        return taskId;
    }

    /** The user a call acts for: the message's (a trigger leaves the one that started the run there), else the option's. */
    private String userOf(RunRequest request) {
        String headerUser = request.headerText(DifyConstants.USER);
        return headerUser != null ? headerUser : user;
    }

    private HttpCall trigger(RunRequest request) {
        String path = request.workflowId() == null
                ? "/workflows/run"
                : "/workflows/" + UriPaths.segment(request.workflowId()) + "/run";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inputs", request.parameters() == null ? Map.of() : request.parameters());
        body.put("response_mode", streaming ? "streaming" : "blocking");
        body.put("user", userOf(request));
        Object files = DifyHeaders.files(request);
        if (files != null) {
            body.put("files", files);
        }
        String traceId = DifyHeaders.traceId(request);
        Map<String, String> headers = triggerHeaders;
        if (traceId != null) {
            headers = new HashMap<>(triggerHeaders);
            headers.put("X-Trace-Id", traceId);
        }
        return new HttpCall("POST", URI.create(baseUrl + path), headers, Json.write(body), streaming);
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (!reply.isSuccess()) {
            throw error(reply, json);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, json);
            case status -> status(request, reply, json);
            // Dify answers {"result": "success"} whatever came of the stop (ignored for a task that has ended, and in
            // versions before 1.9 for another user): the run's status tells what happened
            case cancel -> new WorkflowRun(DifyProvider.ID, request.workflowId(), request.runId(), null, null, null, null, null,
                    json == null ? Map.of() : json);
        };
    }

    private static WorkflowRun status(RunRequest request, HttpReply reply, Map<String, Object> json) throws WorkflowRunException {
        String status = json == null ? null : Replies.text(json, "status");
        if (status == null) {
            throw Replies.unexpected(DifyProvider.ID, reply, "the run's status", null);
        }
        Map<String, Object> run = DifyJson.objectsFromText(json, "inputs", "outputs");
        String runId = Replies.text(run, "id");
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, run), runId != null ? runId : request.runId(),
                DifyStatus.of(status), status, Replies.object(run, "outputs"), Replies.text(run, "error"), null, run);
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json) throws WorkflowRunException {
        String runId = json == null ? null : Replies.text(json, "workflow_run_id");
        if (runId == null) {
            throw Replies.unexpected(DifyProvider.ID, reply, "a workflow_run_id", null);
        }
        return run(request, runId, DifyJson.withDataObjectsFromText(json));
    }

    /** A run from an answer or event whose {@code data} tells the run (blocking answer, workflow_paused, workflow_finished). */
    private static WorkflowRun run(RunRequest request, String runId, Map<String, Object> json) {
        Map<String, Object> data = Replies.object(json, "data");
        String status = Replies.text(json, "data", "status");
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, data), runId, DifyStatus.of(status), status,
                Replies.object(json, "data", "outputs"), Replies.text(json, "data", "error"), null, json);
    }

    @Override
    public WorkflowRun readEvent(RunRequest request, ServerSentEvent event) throws WorkflowRunException {
        Map<String, Object> json = Json.readObjectOrNull(event.data());
        if (json == null) {
            return null;
        }
        String name = Replies.text(json, "event");
        if ("error".equals(name)) {
            throw new WorkflowRunException(DifyProvider.ID, intOr(json.get("status"), 200), Replies.text(json, "code"),
                    Replies.text(json, "message"), null);
        }
        String runId = Replies.text(json, "workflow_run_id");
        if (runId == null || name == null) {
            return null;
        }
        return switch (name) {
            case "workflow_started" -> new WorkflowRun(DifyProvider.ID, workflowIdOf(request, Replies.object(json, "data")), runId,
                    RunStatus.RUNNING, "running", null, null, null, json);
            // a run paused for a person's input (Human Input node): Dify closes the stream after this event
            case "workflow_paused", "workflow_finished" -> run(request, runId, DifyJson.withDataObjectsFromText(json));
            default -> null;
        };
    }

    /**
     * A trigger leaves the user that started the run (a stop from any other user is ignored by Dify before 1.9) and, in
     * streaming mode, the task ID a stop needs.
     */
    @Override
    public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        Map<String, Object> headers = new HashMap<>();
        if (request.operation() == WorkflowRunOperation.trigger) {
            headers.put(DifyConstants.USER, userOf(request));
        }
        Object taskId = run.raw() == null ? null : run.raw().get("task_id");
        // a blocking trigger's task ID is of no use: Dify answers it once the task has ended
        if (taskId != null && (streaming || request.operation() != WorkflowRunOperation.trigger)) {
            headers.put(DifyConstants.TASK_ID, taskId.toString());
        }
        return headers;
    }

    /** A 429 is throttling, worth sending again, unless Dify says a plan's quota is used up: a resend would not cure that. */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 && !QUOTA_EXCEEDED.equals(error.getErrorCode());
    }

    private static String workflowIdOf(RunRequest request, Map<String, Object> data) {
        Object fromAnswer = data == null ? null : data.get("workflow_id");
        return fromAnswer != null ? fromAnswer.toString() : request.workflowId();
    }

    private static WorkflowRunException error(HttpReply reply, Map<String, Object> json) {
        if (json == null) {
            return Replies.unexpected(DifyProvider.ID, reply, null, null);
        }
        return new WorkflowRunException(DifyProvider.ID, reply.status(), Replies.text(json, "code"),
                Replies.text(json, "message"), null);
    }

    private static int intOr(Object value, int fallback) {
        return value instanceof Number number ? number.intValue() : fallback;
    }
}
