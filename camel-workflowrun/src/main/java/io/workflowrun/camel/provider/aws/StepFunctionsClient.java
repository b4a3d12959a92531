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
package io.workflowrun.camel.provider.aws;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.AwsSigV4Signer;
import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RunRequest;

/**
 * Maps runs to Step Functions' {@code StartExecution} (trigger), {@code DescribeExecution} (status) and
 * {@code StopExecution} (cancel) over the AWS JSON 1.0 protocol, as the AWS SDKs send them: {@code POST /},
 * {@code Content-Type: application/x-amz-json-1.0}, the action in {@code X-Amz-Target}, signed with SigV4 for service
 * {@code states}.
 */
final class StepFunctionsClient implements ProviderClient {

    static final String SERVICE = "states";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    static final String TARGET_PREFIX = "AWSStepFunctions.";
    /** StartExecution's documented limit on {@code input}, in bytes of UTF-8. */
    static final int MAX_INPUT_BYTES = 262_144;
    static final int MAX_STOP_ERROR = 256;
    static final int MAX_STOP_CAUSE = 32_768;
    static final String ALREADY_EXISTS = "ExecutionAlreadyExists";
    /** The execution a refused StartExecution names: {@code Execution Already Exists: '<execution ARN>'}. */
    private static final Pattern EXISTING = Pattern.compile("'(arn:[^']+)'");

    private final URI endpoint;
    private final String region;
    private final RequestSigner signer;
    /** The session token, which an answer may quote: AWS's InvalidSignatureException echoes the canonical request. */
    private final String securityToken;

    StepFunctionsClient(URI baseUrl, String region, Credentials credentials) {
        this.endpoint = URI.create(baseUrl + "/");
        this.region = region;
        this.securityToken = credentials.securityToken();
        // the body's hash is sent and signed in X-Amz-Content-Sha256, as the AWS SDK for Java v2 does
        this.signer = new AwsSigV4Signer(SERVICE, region, credentials, true);
    }

    @Override
    public HttpCall call(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> post("StartExecution", startBody(request), request);
            case status -> post("DescribeExecution", Map.of("executionArn", executionArn(request)), request);
            case cancel -> post("StopExecution", stopBody(request), request);
        };
    }

    private Map<String, Object> startBody(RunRequest request) {
        String workflowId = request.requireWorkflowId(StepFunctionsProvider.ID, "state machine ARN");
        Arns.requireStateMachine(workflowId, "The workflowId (endpoint URI or header " + RunRequest.WORKFLOW_ID_HEADER + ")", region);
        String input = new String(Json.write(request.parameters() == null ? Map.of() : request.parameters()), StandardCharsets.UTF_8);
        int bytes = input.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_INPUT_BYTES) {
            throw new IllegalArgumentException("The message body as JSON is " + bytes + " bytes of UTF-8, but StartExecution's input takes"
                                               + " at most " + MAX_INPUT_BYTES);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stateMachineArn", workflowId);
        if (request.idempotencyKey() != null) {
            body.put("name", Arns.requireExecutionName(request.idempotencyKey(),
                    "The idempotency key (header " + RunRequest.IDEMPOTENCY_KEY_HEADER + " or option idempotencyKey)"));
        }
        // always sent, "{}" for no body: StartExecution compares inputs to tell a repeated trigger from another one
        body.put("input", input);
        return body;
    }

    private Map<String, Object> stopBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("executionArn", executionArn(request));
        String error = request.headerText(StepFunctionsConstants.STOP_ERROR);
        String cause = request.headerText(StepFunctionsConstants.STOP_CAUSE);
        if (error != null) {
            body.put("error", limited(error, StepFunctionsConstants.STOP_ERROR, MAX_STOP_ERROR));
        }
        if (cause != null) {
            body.put("cause", limited(cause, StepFunctionsConstants.STOP_CAUSE, MAX_STOP_CAUSE));
        }
        return body;
    }

    private String executionArn(RunRequest request) {
        String arn = request.requireRunId("execution ARN");
        Arns.requireRegion(Arns.executionRegion(arn), region, "Header " + RunRequest.RUN_ID_HEADER);
        return arn;
    }

    private static String limited(String value, String header, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("Header " + header + " is " + value.length() + " characters long, but StopExecution takes at most "
                                               + max);
        }
        return value;
    }

    private HttpCall post(String action, Map<String, Object> body, RunRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        headers.put("X-Amz-Target", TARGET_PREFIX + action);
        return signer.sign(HttpCall.of("POST", endpoint, headers, Json.write(body)), request.now());
    }

    /** {@code name} is StartExecution's idempotency key. */
    @Override
    public boolean takesIdempotencyKey() {
        return true;
    }

    /**
     * Step Functions throttles with {@code ThrottlingException} (HTTP 400), and {@code KmsThrottlingException} when
     * KMS throttles a call it makes for the caller.
     */
    /** AWS's JSON protocol refuses a key, token or signature with HTTP 400 and these codes. */
    @Override
    public boolean isAuthenticationRefused(WorkflowRunException error) {
        return ProviderClient.refusesCredentials(error, "UnrecognizedClientException", "InvalidSignatureException", "IncompleteSignature", "MissingAuthenticationToken",
                "InvalidClientTokenId", "ExpiredToken", "AccessDenied");
    }

    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 || "ThrottlingException".equals(error.getErrorCode())
               || "KmsThrottlingException".equals(error.getErrorCode());
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        String requestId = reply.header("x-amzn-RequestId");
        if (!reply.isSuccess()) {
            String code = errorCode(reply, json);
            if (code == null) {
                throw Replies.unexpected(StepFunctionsProvider.ID, reply, null, requestId);
            }
            String message = withoutToken(json == null ? null : Replies.text(json, json.containsKey("message") ? "message" : "Message"));
            if (ALREADY_EXISTS.equals(code) && request.idempotencyKey() != null) {
                return alreadyStarted(request, message, requestId, json);
            }
            throw new WorkflowRunException(StepFunctionsProvider.ID, reply.status(), code, message, requestId);
        }
        if (json == null) {
            throw Replies.unexpected(StepFunctionsProvider.ID, reply, expected(request), requestId);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, json, requestId);
            case status -> execution(request, reply, json, requestId);
            // StopExecution answers only {stopDate}: the execution's status is for a status call to tell
            case cancel -> new WorkflowRun(StepFunctionsProvider.ID, request.workflowId(), request.runId(), null, null, null, null,
                    requestId, json);
        };
    }

    /** The message with the session token masked: a signed token is part of the canonical request AWS may quote. */
    private String withoutToken(String message) {
        return message == null || securityToken == null ? message : message.replace(securityToken, "***");
    }

    private static String expected(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> "executionArn";
            case status -> "status";
            case cancel -> "stopDate";
        };
    }

    /**
     * The error's name, as the AWS SDKs read it: the {@code X-Amzn-ErrorType} header, else {@code __type} (or
     * {@code code}), without the namespace before '#' or the URI after ':'.
     */
    static String errorCode(HttpReply reply, Map<String, Object> json) {
        String type = reply.header("x-amzn-ErrorType");
        if (type == null && json != null) {
            type = Replies.text(json, json.containsKey("__type") ? "__type" : "code");
        }
        if (type == null || type.isBlank()) {
            return null;
        }
        int colon = type.indexOf(':');
        if (colon >= 0) {
            type = type.substring(0, colon);
        }
        return type.substring(type.lastIndexOf('#') + 1).trim();
    }

    /**
     * The trigger's name belongs to an execution that has ended, or that runs with another input: that execution was
     * started by an earlier trigger with the key. Step Functions names it in the message; else it follows from the
     * state machine and the name.
     */
    private static WorkflowRun alreadyStarted(RunRequest request, String message, String requestId, Map<String, Object> json) {
        Matcher named = EXISTING.matcher(message == null ? "" : message);
        String executionArn = named.find() ? named.group(1)
                : Arns.stateMachine(request.workflowId()).execution(request.idempotencyKey());
        return new WorkflowRun(StepFunctionsProvider.ID, request.workflowId(), executionArn, null, null, null, null, requestId, json)
                .asAlreadyStarted();
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String executionArn = Replies.text(json, "executionArn");
        if (executionArn == null) {
            throw Replies.unexpected(StepFunctionsProvider.ID, reply, "executionArn", requestId);
        }
        // StartExecution says nothing of the execution's status; for the same name and input as an execution that is
        // still running it answers exactly as it did the first time, so a repeated trigger cannot be told apart here
        return new WorkflowRun(StepFunctionsProvider.ID, request.workflowId(), executionArn, null, null, null, null, requestId, json);
    }

    private static WorkflowRun execution(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String status = Replies.text(json, "status");
        if (status == null) {
            throw Replies.unexpected(StepFunctionsProvider.ID, reply, "status", requestId);
        }
        String executionArn = Replies.text(json, "executionArn");
        RunStatus unified = StepFunctionsStatus.of(status);
        return new WorkflowRun(StepFunctionsProvider.ID, workflowOf(request, json), executionArn != null ? executionArn : request.runId(),
                unified, status, outputs(Replies.text(json, "output")), error(json), requestId, json);
    }

    /** The state machine as the execution was started: its alias or version where one was named, else the state machine. */
    private static String workflowOf(RunRequest request, Map<String, Object> json) {
        for (String field : new String[] {"stateMachineAliasArn", "stateMachineVersionArn", "stateMachineArn"}) {
            String arn = Replies.text(json, field);
            if (arn != null) {
                return arn;
            }
        }
        return request.workflowId();
    }

    /** {@code output} is JSON text of any kind: an object gives the outputs, any other value is kept as {@code output}. */
    static Map<String, Object> outputs(String output) {
        if (output == null) {
            return null;
        }
        Map<String, Object> object = Json.readObjectOrNull(output);
        if (object != null) {
            return object;
        }
        Map<String, Object> single = new LinkedHashMap<>();
        try {
            single.put("output", Json.MAPPER.readValue(output, Object.class));
        } catch (IOException e) {
            single.put("output", output);
        }
        return single;
    }

    /** {@code error} (a name such as {@code States.TaskFailed}) and {@code cause}, as one text. */
    static String error(Map<String, Object> json) {
        String error = Replies.text(json, "error");
        String cause = Replies.text(json, "cause");
        if (error == null || cause == null) {
            return error != null ? error : cause;
        }
        return error + ": " + cause;
    }
}
