package io.workflowrun.camel.provider.dify;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunException;
import io.workflowrun.camel.http.Json;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.UriPaths;
import io.workflowrun.camel.spi.RunStatus;
import io.workflowrun.camel.spi.ServerSentEvent;

/** Maps runs to Dify's "Run Workflow" call and reads its blocking answer or its event stream. */
final class DifyClient implements ProviderClient {

    private final URI baseUrl;
    private final String user;
    private final boolean streaming;
    private final boolean streamToTheEnd;
    private final Map<String, String> getHeaders;
    private final Map<String, String> postHeaders;
    private final Map<String, String> triggerHeaders;

    DifyClient(URI baseUrl, String apiKey, String user, boolean streaming, boolean waitForCompletion) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.streaming = streaming;
        // waiting on a stream means reading it to workflow_finished rather than polling
        this.streamToTheEnd = streaming && waitForCompletion;
        String authorization = "Bearer " + apiKey;
        this.getHeaders = Map.of("Authorization", authorization, "Accept", "application/json");
        this.postHeaders = Map.of("Authorization", authorization, "Content-Type", "application/json", "Accept", "application/json");
        this.triggerHeaders = streaming
                ? Map.of("Authorization", authorization, "Content-Type", "application/json", "Accept", "text/event-stream")
                : postHeaders;
    }

    @Override
    public HttpCall call(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> trigger(request);
            case status -> HttpCall.of("GET", URI.create(baseUrl + "/workflows/run/"
                                                         + UriPaths.segment(request.requireRunId("workflow_run_id"))), getHeaders, null);
            case cancel -> HttpCall.of("POST", URI.create(baseUrl + "/workflows/tasks/" + UriPaths.segment(taskId(request)) + "/stop"),
                    postHeaders, Json.write(Map.of("user", userOf(request))));
        };
    }

    private static String taskId(RunRequest request) {
        String taskId = request.headerId(WorkflowRunConstants.DIFY_TASK_ID);
        if (taskId == null) {
            throw new IllegalArgumentException("Dify stops a run by its task ID: set header " + WorkflowRunConstants.DIFY_TASK_ID
                                               + " (the trigger puts it on the message)");
        }
        return taskId;
    }

    private String userOf(RunRequest request) {
        String headerUser = request.headerText(WorkflowRunConstants.DIFY_USER);
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
        return new HttpCall("POST", URI.create(baseUrl + path), triggerHeaders, Json.write(body), streaming);
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
            // Dify answers {"result": "success"}: the stop flag is set, and the run ends stopped
            case cancel -> new WorkflowRun(DifyProvider.ID, request.workflowId(), request.runId(), RunStatus.CANCELLED,
                    "stopped", null, null, null, json == null ? Map.of() : json);
        };
    }

    private static WorkflowRun status(RunRequest request, HttpReply reply, Map<String, Object> json) throws WorkflowRunException {
        String status = json == null ? null : Replies.text(json, "status");
        if (status == null) {
            throw Replies.unexpected(DifyProvider.ID, reply, "the run's status", null);
        }
        String runId = Replies.text(json, "id");
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, json), runId != null ? runId : request.runId(),
                DifyStatus.of(status), status, Replies.object(json, "outputs"), Replies.text(json, "error"), null, json);
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json) throws WorkflowRunException {
        String runId = json == null ? null : Replies.text(json, "workflow_run_id");
        if (runId == null) {
            throw Replies.unexpected(DifyProvider.ID, reply, "a workflow_run_id", null);
        }
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
        if (streamToTheEnd && "workflow_finished".equals(name)) {
            Map<String, Object> data = Replies.object(json, "data");
            String status = Replies.text(json, "data", "status");
            return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, data), Replies.text(json, "workflow_run_id"),
                    DifyStatus.of(status), status, Replies.object(json, "data", "outputs"), Replies.text(json, "data", "error"),
                    null, json);
        }
        if (streamToTheEnd || !"workflow_started".equals(name)) {
            return null;
        }
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, Replies.object(json, "data")),
                Replies.text(json, "workflow_run_id"), RunStatus.RUNNING, "running", null, null, null, json);
    }

    @Override
    public Map<String, Object> headersFor(WorkflowRun run) {
        Object taskId = run.raw() == null ? null : run.raw().get("task_id");
        return taskId == null ? Map.of() : Map.of(WorkflowRunConstants.DIFY_TASK_ID, taskId.toString());
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
