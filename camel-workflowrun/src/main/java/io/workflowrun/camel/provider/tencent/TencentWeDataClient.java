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
package io.workflowrun.camel.provider.tencent;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.signing.Tc3Signer;
import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.model.RunStatus;

/**
 * Maps trigger, status and cancel to WeData's {@code CreateTriggerWorkflowRun}, {@code GetTriggerWorkflowRun} and
 * {@code KillTriggerWorkflowRuns}, and reads Tencent's {@code Response} envelope.
 */
final class TencentWeDataClient implements ProviderClient {

    static final String TRIGGER = "CreateTriggerWorkflowRun";
    static final String STATUS = "GetTriggerWorkflowRun";
    static final String CANCEL = "KillTriggerWorkflowRuns";
    static final String VERSION = "2025-08-06";
    /** The product's service name: part of the signing key, never derived from the (possibly loopback) host. */
    static final String SERVICE = "wedata";
    // okhttp-based SDKs always send the charset; sending it too keeps the signed and sent value identical
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private final URI endpoint;
    private final String region;
    private final String projectId;
    private final RequestSigner signer;
    private final TriggerDefaults defaults;

    TencentWeDataClient(URI baseUrl, String region, String projectId, Credentials credentials, TriggerDefaults defaults) {
        this.endpoint = URI.create(baseUrl + "/");
        this.region = region;
        this.projectId = projectId;
        this.signer = new Tc3Signer(SERVICE, credentials);
        this.defaults = defaults;
    }

    @Override
    public HttpCall call(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> signed(TRIGGER, triggerBody(request), request);
            case status -> signed(STATUS, statusBody(request), request);
            case cancel -> signed(CANCEL, cancelBody(request), request);
        };
    }

    private HttpCall signed(String action, Map<String, Object> fields, RunRequest request) {
        byte[] body = Json.write(fields);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("X-TC-Action", action);
        headers.put("X-TC-Version", VERSION);
        headers.put("X-TC-Region", region);
        return signer.sign(HttpCall.of("POST", endpoint, headers, body), request.now());
    }

    private static String requireWorkflowId(RunRequest request) {
        return request.requireWorkflowId(TencentWeDataProvider.ID, request.operation() == WorkflowRunOperation.cancel
                ? "WorkflowId to stop a run (KillTriggerWorkflowRuns needs it)" : "WorkflowId");
    }

    private Map<String, Object> statusBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ProjectId", projectId);
        body.put("WorkflowExecutionId", request.requireRunId("WorkflowExecutionId"));
        return body;
    }

    private Map<String, Object> cancelBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ProjectId", projectId);
        body.put("WorkflowId", requireWorkflowId(request));
        body.put("WorkflowExecutionIdList", List.of(request.requireRunId("WorkflowExecutionId")));
        return body;
    }

    private Map<String, Object> triggerBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ProjectId", projectId);
        body.put("WorkflowId", requireWorkflowId(request));
        if (request.parameters() != null && !request.parameters().isEmpty()) {
            body.put("AdvancedParams", AdvancedParams.of(request.parameters()));
        }
        Object taskIdsHeader = request.header(TencentWeDataConstants.TASK_IDS);
        List<String> taskIds = taskIdsHeader != null
                ? TaskIds.parse(taskIdsHeader, "Header " + TencentWeDataConstants.TASK_IDS)
                : defaults.taskIds();
        if (!taskIds.isEmpty()) {
            body.put("TaskIds", taskIds);
        }
        putIfSet(body, "SchedulingResourceGroupId",
                request.headerId(TencentWeDataConstants.SCHEDULING_RESOURCE_GROUP_ID), defaults.schedulingResourceGroupId());
        putIfSet(body, "IntegrationResourceGroupId",
                request.headerId(TencentWeDataConstants.INTEGRATION_RESOURCE_GROUP_ID), defaults.integrationResourceGroupId());
        return body;
    }

    private static void putIfSet(Map<String, Object> body, String field, String fromHeader, String fromOption) {
        String value = fromHeader != null ? fromHeader.trim() : fromOption;
        if (value != null) {
            body.put(field, value);
        }
    }

    /** Tencent throttles with HTTP 200 and RequestLimitExceeded (and its .UinLimitExceeded, .IPLimitExceeded, ...). */
    /** Tencent Cloud answers HTTP 200 with AuthFailure.* for a refused key or signature, UnauthorizedOperation* for a key without the permission. */
    @Override
    public boolean isAuthenticationRefused(WorkflowRunException error) {
        return ProviderClient.refusesCredentials(error, "AuthFailure", "UnauthorizedOperation");
    }

    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429
               || error.getErrorCode() != null && error.getErrorCode().startsWith("RequestLimitExceeded");
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        Map<String, Object> response = json == null ? null : Replies.object(json, "Response");
        if (response == null) {
            throw Replies.unexpected(TencentWeDataProvider.ID, reply, "Tencent's {\"Response\": ...}", null);
        }
        String requestId = Replies.text(response, "RequestId");
        // Tencent answers errors with HTTP 200 and a Response.Error object
        Map<String, Object> error = Replies.object(response, "Error");
        if (error != null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), Replies.text(error, "Code"),
                    Replies.text(error, "Message"), requestId);
        }
        if (!reply.isSuccess()) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "the answer has no Response.Error but HTTP status " + reply.status(), requestId);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, response, requestId, json);
            case status -> status(request, reply, response, requestId, json);
            case cancel -> killed(request, reply, response, requestId, json);
        };
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> response, String requestId,
            Map<String, Object> json) throws WorkflowRunException {
        String runId = Replies.text(response, "Data", "WorkflowExecutionId");
        if (runId == null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "the answer has neither Response.Error nor Response.Data.WorkflowExecutionId", requestId);
        }
        return new WorkflowRun(TencentWeDataProvider.ID, request.workflowId(), runId, null, null, null, null, requestId, json);
    }

    private static WorkflowRun status(RunRequest request, HttpReply reply, Map<String, Object> response, String requestId,
            Map<String, Object> json) throws WorkflowRunException {
        Map<String, Object> run = Replies.object(response, "Data", "TriggerWorkflowRun");
        if (run == null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "the answer has neither Response.Error nor Response.Data.TriggerWorkflowRun", requestId);
        }
        String state = Replies.text(run, "ExecutionState");
        RunStatus status = WeDataExecutionState.of(state,
                blankToNull(Replies.text(run, "ExecutionEndTime")) != null || blankToNull(Replies.text(run, "EndTime")) != null);
        String runId = Replies.text(run, "ExecutionId");
        String workflowId = Replies.text(run, "WorkflowId");
        // WeData reports no outputs for a workflow run; ErrorCodeStr is the only error text it gives
        String error = status == RunStatus.FAILED ? blankToNull(Replies.text(run, "ErrorCodeStr")) : null;
        return new WorkflowRun(TencentWeDataProvider.ID, workflowId != null ? workflowId : request.workflowId(),
                runId != null ? runId : request.runId(), status, state, null, error, requestId, json);
    }

    /** {@code Data} holds one {@code ExecutionActionBrief} per run asked for; {@code OpStatus} says whether it was stopped. */
    private static WorkflowRun killed(RunRequest request, HttpReply reply, Map<String, Object> response, String requestId,
            Map<String, Object> json) throws WorkflowRunException {
        Map<String, Object> outcome = null;
        if (Replies.path(response, "Data") instanceof List<?> items) {
            for (Object item : items) {
                // one run was asked for: its item, or the only item where WeData leaves ItemId out
                if (item instanceof Map<?, ?> map && (items.size() == 1 || request.runId().equals(String.valueOf(map.get("ItemId"))))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> typed = (Map<String, Object>) map;
                    outcome = typed;
                }
            }
        }
        if (outcome == null) {
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "the answer has neither Response.Error nor a Response.Data item for run " + request.runId(), requestId);
        }
        if (!Boolean.TRUE.equals(outcome.get("OpStatus"))) {
            String why = Replies.text(outcome, "ErrorMessage");
            throw new WorkflowRunException(TencentWeDataProvider.ID, reply.status(), null,
                    "WeData did not stop run " + request.runId() + (why == null ? "" : ": " + why), requestId);
        }
        return new WorkflowRun(TencentWeDataProvider.ID, request.workflowId(), request.runId(), RunStatus.CANCELLED, null,
                null, null, requestId, json);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
