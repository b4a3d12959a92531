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
package io.workflowrun.camel.provider.cloudflow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.Acs3Signer;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.spi.RunRequest;

/**
 * Maps runs to CloudFlow's {@code StartExecution} (trigger), {@code DescribeExecution} (status) and
 * {@code StopExecution} (cancel), and reads their answers.
 * <p>
 * An execution is named by its flow and its own name: the run ID is the execution's name, the flow is the workflow ID
 * (the endpoint's, or header {@code CamelWorkflowRunWorkflowId}). Each request is the one the official SDK
 * (fnf-20190315) sends: {@code POST /} with the parameters as a form for start and stop, {@code GET /} with them in the
 * query for describe; the action and version in {@code x-acs-action} and {@code x-acs-version}.
 */
final class CloudFlowClient implements ProviderClient {

    static final String START = "StartExecution";
    static final String DESCRIBE = "DescribeExecution";
    static final String STOP = "StopExecution";
    static final String VERSION = "2019-03-15";
    /** StartExecution's refusal of a name whose execution has ended; a running one is answered as started. */
    static final String ALREADY_EXISTS = "ExecutionAlreadyExists";
    /** CloudFlow's own throttling code (HTTP 429); the API gateway's are Throttling, Throttling.User and the like. */
    static final String THROTTLED = "ResourceThrottled";
    /** CloudFlow's naming rule for flows and executions: a letter or _, then letters, digits, _ and -; 1 to 128 long. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,127}");
    private static final String FORM = "application/x-www-form-urlencoded";

    private final URI baseUrl;
    private final RequestSigner signer;

    CloudFlowClient(URI baseUrl, RequestSigner signer) {
        this.baseUrl = baseUrl;
        this.signer = signer;
    }

    @Override
    public HttpCall call(RunRequest request) {
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("FlowName", flowName(request));
        return switch (request.operation()) {
            case trigger -> {
                if (request.idempotencyKey() != null) {
                    parameters.put("ExecutionName", requireName(request.idempotencyKey(), "The idempotency key (header "
                            + RunRequest.IDEMPOTENCY_KEY_HEADER + " or option idempotencyKey)", "ExecutionName"));
                }
                if (request.parameters() != null) {
                    parameters.put("Input", new String(Json.write(request.parameters()), StandardCharsets.UTF_8));
                }
                yield signed("POST", START, parameters, request);
            }
            case status -> {
                parameters.put("ExecutionName", request.requireRunId("execution name"));
                yield signed("GET", DESCRIBE, parameters, request);
            }
            case cancel -> {
                parameters.put("ExecutionName", request.requireRunId("execution name"));
                yield signed("POST", STOP, parameters, request);
            }
        };
    }

    /** {@code ExecutionName} is CloudFlow's idempotency key: a second start with the name starts no second execution. */
    @Override
    public boolean takesIdempotencyKey() {
        return true;
    }

    /** Alibaba Cloud's gateway refuses a key or signature with its own codes ({@link Acs3Signer#CREDENTIAL_ERROR_CODES}). */
    @Override
    public boolean isAuthenticationRefused(WorkflowRunException error) {
        return ProviderClient.refusesCredentials(error, Acs3Signer.CREDENTIAL_ERROR_CODES.toArray(String[]::new));
    }

    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        String code = error.getErrorCode();
        return error.getHttpStatus() == 429 || THROTTLED.equals(code) || code != null && code.startsWith("Throttling");
    }

    /**
     * The call as the official SDK sends it: a GET carries the parameters in the query and no body, a POST in a form
     * body and no query. Either way they are sorted and encoded as Alibaba specifies, so the query sent is the canonical
     * query that is signed.
     */
    private HttpCall signed(String method, String action, Map<String, String> parameters, RunRequest request) {
        String form = Acs3Signer.encodeParameters(parameters);
        boolean get = method.equals("GET");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", VERSION);
        headers.put("Accept", "application/json");
        if (!get) {
            headers.put("Content-Type", FORM);
        }
        URI uri = URI.create(baseUrl + (get ? "/?" + form : "/"));
        byte[] body = get ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        return signer.sign(HttpCall.of(method, uri, headers, body), request.now());
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (json == null) {
            throw Replies.unexpected(CloudFlowProvider.ID, reply, reply.isSuccess() ? "the execution" : null, null);
        }
        String requestId = Replies.text(json, "RequestId");
        if (!reply.isSuccess()) {
            String code = Replies.text(json, "Code");
            if (ALREADY_EXISTS.equals(code) && request.idempotencyKey() != null) {
                // the execution that key named has ended: it is the run, and CloudFlow says so only by this refusal
                return new WorkflowRun(CloudFlowProvider.ID, request.workflowId(), request.idempotencyKey(), null, null, null,
                        null, requestId, json).asAlreadyStarted();
            }
            throw new WorkflowRunException(CloudFlowProvider.ID, reply.status(), code, Replies.text(json, "Message"), requestId);
        }
        String name = Replies.text(json, "Name");
        if (name == null) {
            throw Replies.unexpected(CloudFlowProvider.ID, reply, "the execution's Name", requestId);
        }
        String status = Replies.text(json, "Status");
        RunStatus unified = CloudFlowStatus.of(status);
        return new WorkflowRun(CloudFlowProvider.ID, request.workflowId(), name, unified, status, outputs(json), null, requestId,
                json);
    }

    /** {@code Output} is the execution's result as JSON text: its fields, where it is a JSON object. */
    private static Map<String, Object> outputs(Map<String, Object> json) {
        Object output = json.get("Output");
        return output instanceof String text && !text.isBlank() ? Json.readObjectOrNull(text) : null;
    }

    private static String flowName(RunRequest request) {
        return requireName(request.requireWorkflowId(CloudFlowProvider.ID, "flow name"),
                "The workflowId (endpoint URI or header " + RunRequest.WORKFLOW_ID_HEADER + ")", "FlowName");
    }

    /** A name that follows CloudFlow's naming rule, or an error that says where it came from and what the rule is. */
    static String requireName(String name, String what, String parameter) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " is '" + RequestValues.printable(name) + "', but CloudFlow's " + parameter
                                               + " is 1 to 128 letters, digits, _ and -, starting with a letter or _");
        }
        return name;
    }
}
