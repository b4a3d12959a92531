package io.workflowrun.camel.provider.dify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunException;
import io.workflowrun.camel.WorkflowRunOperation;
import io.workflowrun.camel.http.Json;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.RunStatus;
import io.workflowrun.camel.spi.ServerSentEvent;

/** Maps runs to Dify's "Run Workflow" call and reads its blocking answer or its event stream. */
final class DifyClient implements ProviderClient {

    private final URI baseUrl;
    private final String authorization;
    private final String user;
    private final boolean streaming;

    DifyClient(URI baseUrl, String apiKey, String user, boolean streaming) {
        this.baseUrl = baseUrl;
        this.authorization = "Bearer " + apiKey;
        this.user = user;
        this.streaming = streaming;
    }

    @Override
    public HttpCall call(RunRequest request) {
        if (request.operation() != WorkflowRunOperation.trigger) {
            throw new UnsupportedOperationException("Operation " + request.operation() + " is not supported by provider dify yet");
        }
        String path = request.workflowId() == null
                ? "/workflows/run"
                : "/workflows/" + URLEncoder.encode(request.workflowId(), StandardCharsets.UTF_8) + "/run";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inputs", request.parameters() == null ? Map.of() : request.parameters());
        body.put("response_mode", streaming ? "streaming" : "blocking");
        String headerUser = request.headerText(WorkflowRunConstants.DIFY_USER);
        body.put("user", headerUser != null ? headerUser : user);
        Map<String, String> headers = Map.of(
                "Authorization", authorization,
                "Content-Type", "application/json",
                "Accept", streaming ? "text/event-stream" : "application/json");
        return new HttpCall("POST", URI.create(baseUrl + path), headers, Json.write(body), streaming);
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (!reply.isSuccess()) {
            throw error(reply, json);
        }
        String runId = json == null ? null : Replies.text(json, "workflow_run_id");
        if (runId == null) {
            throw new WorkflowRunException(DifyProvider.ID, reply.status(), null,
                    "expected a workflow_run_id but got " + Replies.describeUnexpected(reply), null);
        }
        Map<String, Object> data = Replies.object(json, "data");
        String status = Replies.text(json, "data", "status");
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, data), runId, DifyStatus.of(status), status,
                Replies.object(json, "data", "outputs"), Replies.text(json, "data", "error"), null, json);
    }

    @Override
    public WorkflowRun readEvent(RunRequest request, ServerSentEvent event) throws WorkflowRunException {
        Map<String, Object> json = Json.readObjectOrNull(event.data().getBytes(StandardCharsets.UTF_8));
        if (json == null) {
            return null;
        }
        String name = Replies.text(json, "event");
        if ("error".equals(name)) {
            throw new WorkflowRunException(DifyProvider.ID, intOr(json.get("status"), 200), Replies.text(json, "code"),
                    Replies.text(json, "message"), null);
        }
        if (!"workflow_started".equals(name)) {
            return null;
        }
        return new WorkflowRun(DifyProvider.ID, workflowIdOf(request, Replies.object(json, "data")),
                Replies.text(json, "workflow_run_id"), RunStatus.RUNNING, "running", null, null, null, json);
    }

    private static String workflowIdOf(RunRequest request, Map<String, Object> data) {
        Object fromAnswer = data == null ? null : data.get("workflow_id");
        return fromAnswer != null ? fromAnswer.toString() : request.workflowId();
    }

    private static WorkflowRunException error(HttpReply reply, Map<String, Object> json) {
        if (json == null) {
            return new WorkflowRunException(DifyProvider.ID, reply.status(), null, Replies.describeUnexpected(reply), null);
        }
        return new WorkflowRunException(DifyProvider.ID, reply.status(), Replies.text(json, "code"),
                Replies.text(json, "message"), null);
    }

    private static int intOr(Object value, int fallback) {
        return value instanceof Number number ? number.intValue() : fallback;
    }
}
