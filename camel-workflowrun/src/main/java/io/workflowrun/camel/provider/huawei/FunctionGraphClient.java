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
package io.workflowrun.camel.provider.huawei;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.SdkHmacSha256Signer;
import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.UriPaths;
import io.workflowrun.camel.model.RunStatus;

/**
 * Maps runs to FunctionGraph's flow execution API: start ({@code POST .../executions}), status
 * ({@code GET .../executions/{id}}) and cancel ({@code POST .../executions/{id}/terminate}).
 */
final class FunctionGraphClient implements ProviderClient {

    private static final Map<String, String> FORWARDED_HEADERS = forwardedHeaders();

    /** {@code .../v2/{project_id}/fgs/workflows/}, to which each call adds its workflow. */
    private final String workflows;
    private final String projectId;
    private final RequestSigner signer;

    FunctionGraphClient(URI baseUrl, String projectId, Credentials credentials) {
        this.workflows = baseUrl + "/v2/" + UriPaths.segment(projectId) + "/fgs/workflows/";
        this.projectId = projectId;
        this.signer = new SdkHmacSha256Signer(credentials);
    }

    private static Map<String, String> forwardedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(FunctionGraphConstants.WORKFLOW_RUN_ID, "X-WorkflowRun-ID");
        headers.put(FunctionGraphConstants.CREATE_TIME, "X-Create-Time");
        headers.put(FunctionGraphConstants.MERGE_FN_PARAMETERS, "X-WorkflowRun-MergeFnParameters");
        return headers;
    }

    @Override
    public HttpCall call(RunRequest request) {
        String executions = workflows + UriPaths.segment(request.requireWorkflowId(FunctionGraphProvider.ID, "workflow_id"))
                            + "/executions";
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Project-Id", projectId);
        return switch (request.operation()) {
            case trigger -> {
                FORWARDED_HEADERS.forEach((messageHeader, httpHeader) -> {
                    String value = request.headerText(messageHeader);
                    if (value != null) {
                        headers.put(httpHeader, value);
                    }
                });
                yield signed("POST", URI.create(executions), headers, Json.write(triggerBody(request)), request);
            }
            case status -> signed("GET", URI.create(executions + "/" + execution(request)), headers, new byte[0], request);
            case cancel -> signed("POST", URI.create(executions + "/" + execution(request) + "/terminate"), headers, new byte[0],
                    request);
        };
    }

    private static String execution(RunRequest request) {
        return UriPaths.segment(request.requireRunId("execution_id of the run"));
    }

    private HttpCall signed(String method, URI uri, Map<String, String> headers, byte[] body, RunRequest request) {
        return signer.sign(HttpCall.of(method, uri, headers, body), request.now());
    }

    private static Map<String, Object> triggerBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("input", request.parameters() == null ? Map.of() : request.parameters());
        Map<String, Object> flowHeaders = request.headerObject(FunctionGraphConstants.FLOW_HEADERS);
        if (flowHeaders != null) {
            body.put("headers", flowHeaders);
        }
        return body;
    }

    /** The API gateway throttles with HTTP 429 and APIG.0308 ("The throttling threshold has been reached"), or APIGW.0308. */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 || "APIGW.0308".equals(error.getErrorCode()) || "APIG.0308".equals(error.getErrorCode());
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        String requestId = reply.header("X-Request-Id");
        if (requestId == null && json != null) {
            requestId = Replies.text(json, "request_id");
        }
        if (!reply.isSuccess()) {
            if (json == null || Replies.text(json, "error_code") == null) {
                throw Replies.unexpected(FunctionGraphProvider.ID, reply, null, requestId);
            }
            throw new WorkflowRunException(FunctionGraphProvider.ID, reply.status(), Replies.text(json, "error_code"),
                    Replies.text(json, "error_msg"), requestId);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, json, requestId);
            case status -> status(request, reply, json, requestId);
            // terminate answers with no body: the run is being stopped
            case cancel -> new WorkflowRun(FunctionGraphProvider.ID, request.workflowId(), request.runId(),
                    RunStatus.CANCELLED, null, null, null, requestId, json == null ? Map.of() : json);
        };
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String executionId = json == null ? null : Replies.text(json, "execution_id");
        if (executionId == null) {
            throw Replies.unexpected(FunctionGraphProvider.ID, reply, "an execution_id", requestId);
        }
        // an asynchronous start says nothing of the run's status
        return new WorkflowRun(FunctionGraphProvider.ID, request.workflowId(), executionId, null, null, null, null,
                requestId, json);
    }

    private static WorkflowRun status(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        if (json == null) {
            throw Replies.unexpected(FunctionGraphProvider.ID, reply, "the flow execution", requestId);
        }
        String status = Replies.text(json, "status");
        String executionId = Replies.text(json, "execution_id");
        String workflowId = Replies.text(json, "workflow_id");
        return new WorkflowRun(FunctionGraphProvider.ID, workflowId != null ? workflowId : request.workflowId(),
                executionId != null ? executionId : request.runId(), FunctionGraphStatus.of(status), status,
                Replies.object(json, "output"), nodeErrors(json), requestId, json);
    }

    /**
     * The flow execution has no error field of its own: why it failed is in the {@code error_message} of its failed
     * node executions. Joined as text, or null when none carries one.
     */
    private static String nodeErrors(Map<String, Object> json) {
        StringBuilder errors = new StringBuilder();
        for (Object node : list(json.get("node_execution_details"))) {
            if (!(node instanceof Map<?, ?> detail)) {
                continue;
            }
            for (Object execution : list(detail.get("executions"))) {
                if (execution instanceof Map<?, ?> run && run.get("error_message") != null) {
                    Object message = run.get("error_message");
                    if (!errors.isEmpty()) {
                        errors.append("; ");
                    }
                    Object nodeId = detail.get("node_id");
                    if (nodeId != null) {
                        errors.append(nodeId).append(": ");
                    }
                    errors.append(message instanceof CharSequence text ? text : new String(Json.write(message), StandardCharsets.UTF_8));
                }
            }
        }
        return errors.isEmpty() ? null : errors.toString();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> items ? items : List.of();
    }
}
