package io.workflowrun.camel.provider.tencent;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunException;
import io.workflowrun.camel.WorkflowRunOperation;
import io.workflowrun.camel.http.Json;
import io.workflowrun.camel.signing.Credentials;
import io.workflowrun.camel.signing.Tc3Signer;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;

/** Maps a trigger to WeData's {@code CreateTriggerWorkflowRun} and reads Tencent's {@code Response} envelope. */
final class TencentWeDataClient implements ProviderClient {

    static final String ACTION = "CreateTriggerWorkflowRun";
    static final String VERSION = "2025-08-06";
    /** The product's service name: part of the signing key, never derived from the (possibly loopback) host. */
    static final String SERVICE = "wedata";
    // okhttp-based SDKs always send the charset; sending it too keeps the signed and sent value identical
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final Tc3Signer SIGNER = new Tc3Signer(SERVICE);

    private final URI endpoint;
    private final String region;
    private final String projectId;
    private final Credentials credentials;
    private final TriggerDefaults defaults;

    TencentWeDataClient(URI baseUrl, String region, String projectId, Credentials credentials, TriggerDefaults defaults) {
        this.endpoint = URI.create(baseUrl + "/");
        this.region = region;
        this.projectId = projectId;
        this.credentials = credentials;
        this.defaults = defaults;
    }

    @Override
    public HttpCall call(RunRequest request) {
        if (request.operation() != WorkflowRunOperation.trigger) {
            throw new UnsupportedOperationException("Operation " + request.operation() + " is not supported by provider "
                                                    + TencentWeDataProvider.ID + " yet");
        }
        if (request.workflowId() == null || request.workflowId().isBlank()) {
            throw new IllegalArgumentException("Provider " + TencentWeDataProvider.ID + " needs a WorkflowId: set it in the URI "
                                               + "(workflowrun:tencent-wedata:<workflowId>) or in header " + WorkflowRunConstants.WORKFLOW_ID);
        }
        byte[] body = Json.write(body(request));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("X-TC-Action", ACTION);
        headers.put("X-TC-Version", VERSION);
        headers.put("X-TC-Region", region);
        if (credentials.securityToken() != null) {
            headers.put("X-TC-Token", credentials.securityToken());
        }
        headers.putAll(SIGNER.sign("POST", endpoint, headers, body, credentials, request.now()));
        return HttpCall.of("POST", endpoint, headers, body);
    }

    private Map<String, Object> body(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ProjectId", projectId);
        body.put("WorkflowId", request.workflowId());
        if (request.parameters() != null && !request.parameters().isEmpty()) {
            body.put("AdvancedParams", AdvancedParams.of(request.parameters()));
        }
        Object taskIdsHeader = request.header(WorkflowRunConstants.TENCENT_TASK_IDS);
        List<String> taskIds = taskIdsHeader != null
                ? TaskIds.parse(taskIdsHeader, "Header " + WorkflowRunConstants.TENCENT_TASK_IDS)
                : defaults.taskIds();
        if (!taskIds.isEmpty()) {
            body.put("TaskIds", taskIds);
        }
        putIfSet(body, "SchedulingResourceGroupId",
                request.headerText(WorkflowRunConstants.TENCENT_SCHEDULING_RESOURCE_GROUP_ID), defaults.schedulingResourceGroupId());
        putIfSet(body, "IntegrationResourceGroupId",
                request.headerText(WorkflowRunConstants.TENCENT_INTEGRATION_RESOURCE_GROUP_ID), defaults.integrationResourceGroupId());
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String field, String fromHeader, String fromOption) {
        String value = fromHeader != null ? fromHeader.trim() : fromOption;
        if (value != null) {
            body.put(field, value);
        }
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        Map<String, Object> response = json == null ? null : Replies.object(json, "Response");
        if (response == null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "expected Tencent's {\"Response\": ...} but got " + Replies.describeUnexpected(reply), null);
        }
        String requestId = Replies.text(response, "RequestId");
        // Tencent answers errors with HTTP 200 and a Response.Error object
        Map<String, Object> error = Replies.object(response, "Error");
        if (error != null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), Replies.text(error, "Code"),
                    Replies.text(error, "Message"), requestId);
        }
        String runId = Replies.text(response, "Data", "WorkflowExecutionId");
        if (!reply.isSuccess() || runId == null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "the answer has neither Response.Error nor Response.Data.WorkflowExecutionId", requestId);
        }
        return new WorkflowRun(TencentWeDataProvider.ID, request.workflowId(), runId, null, null, null, null, requestId, json);
    }
}
