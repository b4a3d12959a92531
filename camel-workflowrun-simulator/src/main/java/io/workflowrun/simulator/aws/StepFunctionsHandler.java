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
package io.workflowrun.simulator.aws;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * AWS Step Functions (API version 2016-11-23) over the AWS JSON 1.0 protocol: {@code POST /} with
 * {@code X-Amz-Target: AWSStepFunctions.<Action>} for {@code StartExecution}, {@code DescribeExecution} and
 * {@code StopExecution}, each SigV4-verified by {@link SigV4Verifier} (service {@code states}, scoped to the region of
 * the ARN it names, as the regional endpoint of that region would).
 * <p>
 * Every state machine of a well-formed ARN exists and is of type STANDARD; an execution follows the simulator's
 * timeline and outcome for its state machine ARN (as given, qualified or not), and on success its output is its input,
 * as a one-Pass-state machine's. StartExecution is idempotent as the API reference says for STANDARD workflows: the
 * same name and input as an open execution returns that execution; a closed one, or another input, is
 * {@code ExecutionAlreadyExists}.
 * <p>
 * Besides the simulator's key pair it knows two temporary credentials: {@link #TEMPORARY_ACCESS_KEY} with
 * {@link #SESSION_TOKEN}, and {@link #EXPIRED_ACCESS_KEY} whose {@link #EXPIRED_SESSION_TOKEN} has expired.
 */
public final class StepFunctionsHandler implements ProviderHandler {

    public static final String ID = "aws-stepfunctions";
    public static final String SERVICE = "states";
    /** A temporary access key ID (STS's start {@code ASIA}), accepted with {@link #SESSION_TOKEN} only. */
    public static final String TEMPORARY_ACCESS_KEY = "ASIASIMTEMPORARY0001";
    public static final String TEMPORARY_SECRET_KEY = "sim-temporary-secret-key";
    public static final String SESSION_TOKEN = "sim-session-token/+=";
    /** A temporary access key whose session token has expired. */
    public static final String EXPIRED_ACCESS_KEY = "ASIASIMTEMPORARY0002";
    public static final String EXPIRED_SESSION_TOKEN = "sim-expired-session-token";

    static final String TARGET_PREFIX = "AWSStepFunctions.";
    static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    /** The namespace of the service's own errors in {@code __type}, as Step Functions answers them. */
    static final String SERVICE_ERRORS = "com.amazonaws.swf.service.v2.model#";
    /** The namespace of the front end's errors (authentication, unknown operation, validation). */
    static final String COMMON_ERRORS = "com.amazon.coral.service#";
    static final int MAX_INPUT_BYTES = 262_144;
    static final int MAX_NAME_LENGTH = 80;

    private static final Pattern STATE_MACHINE = Pattern.compile(
            "arn:(?<partition>aws[a-z-]*):states:(?<region>[a-z0-9-]+):(?<account>\\d{12}):stateMachine:(?<name>[^:/]+)(?::(?<qualifier>[^:]+))?");
    private static final Pattern EXECUTION = Pattern.compile(
            "arn:(?<partition>aws[a-z-]*):states:(?<region>[a-z0-9-]+):(?<account>\\d{12}):execution:(?<machine>[^:/]+):(?<name>[^:]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigV4Verifier verifier = new SigV4Verifier(SERVICE);
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    /** Why each stopped execution was stopped, as StopExecution gave it. */
    private final Map<String, Map<String, String>> stops = new ConcurrentHashMap<>();

    /** An execution as StartExecution recorded it. */
    private record Execution(SimulatedRun run, String stateMachineArn, String qualifiedArn, String qualifier, String name, String input) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.signed(ID, "arn:aws:states:us-east-1:123456789012:stateMachine:OrderStateMachine", Map.of("region", "us-east-1"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String requestId = Ids.uuid();
        SigV4Verifier.Outcome outcome = verifier.verify(request, accessKey -> key(accessKey, context));
        if (outcome.rejection() != null) {
            return error(outcome.rejection().status(), COMMON_ERRORS + outcome.rejection().code(), outcome.rejection().message(), requestId);
        }
        String target = request.header("x-amz-target");
        String action = target != null && target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : "";
        if (!request.method().equals("POST") || !(action.equals("StartExecution") || action.equals("DescribeExecution")
                                                   || action.equals("StopExecution"))) {
            return error(400, COMMON_ERRORS + "UnknownOperationException", null, requestId);
        }
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return error(400, COMMON_ERRORS + "SerializationException", "Start of structure or map found where not expected.", requestId);
        }
        String arnMember = action.equals("StartExecution") ? "stateMachineArn" : "executionArn";
        Object arn = body.get(arnMember);
        if (!(arn instanceof String arnText)) {
            return validation(arn == null ? "Value null at '" + arnMember + "' failed to satisfy constraint: Member must not be null"
                    : "Value at '" + arnMember + "' failed to satisfy constraint: Member must be a string", requestId);
        }
        Matcher matcher = (action.equals("StartExecution") ? STATE_MACHINE : EXECUTION).matcher(arnText);
        if (!matcher.matches()) {
            return error(400, SERVICE_ERRORS + "InvalidArn", "Invalid Arn: '" + arnText + "'", requestId);
        }
        if (!matcher.group("region").equals(outcome.signer().region())) {
            // this endpoint is the ARN's region's, and a credential scoped to another region is not valid here
            return error(400, COMMON_ERRORS + "InvalidSignatureException", "Credential should be scoped to a valid region. ", requestId);
        }
        return switch (action) {
            case "StartExecution" -> start(matcher, arnText, body, context, requestId);
            case "DescribeExecution" -> describe(arnText, context, requestId);
            default -> stop(arnText, body, context, requestId);
        };
    }

    private static SigV4Verifier.Key key(String accessKey, SimulatorContext context) {
        if (TEMPORARY_ACCESS_KEY.equals(accessKey)) {
            return new SigV4Verifier.Key(TEMPORARY_SECRET_KEY, SESSION_TOKEN, false);
        }
        if (EXPIRED_ACCESS_KEY.equals(accessKey)) {
            return new SigV4Verifier.Key(TEMPORARY_SECRET_KEY, EXPIRED_SESSION_TOKEN, true);
        }
        String secret = context.secretOf(ID, accessKey);
        return secret == null ? null : new SigV4Verifier.Key(secret, null, false);
    }

    private SimulatorResponse start(Matcher stateMachine, String arn, Map<String, Object> body, SimulatorContext context, String requestId) {
        Object nameValue = body.get("name");
        Object inputValue = body.get("input");
        if (nameValue != null && !(nameValue instanceof String) || inputValue != null && !(inputValue instanceof String)) {
            return error(400, COMMON_ERRORS + "SerializationException", "STRING_VALUE can not be converted to a String", requestId);
        }
        String name = nameValue == null ? Ids.uuid() : (String) nameValue;
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return validation("Value '" + name + "' at 'name' failed to satisfy constraint: Member must have length "
                              + (name.isEmpty() ? "greater than or equal to 1" : "less than or equal to " + MAX_NAME_LENGTH), requestId);
        }
        if (!validName(name)) {
            return error(400, SERVICE_ERRORS + "InvalidName", "Invalid Name: '" + name + "'", requestId);
        }
        String input = inputValue == null ? "{}" : (String) inputValue;
        if (input.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
            return validation("Value at 'input' failed to satisfy constraint: Member must have length less than or equal to " + MAX_INPUT_BYTES,
                    requestId);
        }
        Object parsed;
        try {
            parsed = JSON.readValue(input, Object.class);
        } catch (IOException e) {
            return error(400, SERVICE_ERRORS + "InvalidExecutionInput", "Invalid State Machine Execution Input: 'Unexpected character'",
                    requestId);
        }
        String base = "arn:" + stateMachine.group("partition") + ":states:" + stateMachine.group("region") + ":" + stateMachine.group("account")
                      + ":stateMachine:" + stateMachine.group("name");
        String executionArn = "arn:" + stateMachine.group("partition") + ":states:" + stateMachine.group("region") + ":"
                              + stateMachine.group("account") + ":execution:" + stateMachine.group("name") + ":" + name;
        synchronized (executions) {
            Execution existing = execution(executionArn, context);
            if (existing != null) {
                // StartExecution is idempotent for an open execution of the same name and input, and refused otherwise
                if (!context.stateOf(existing.run()).isTerminal() && existing.input().equals(input)) {
                    return answer(startOutput(existing), requestId);
                }
                return error(400, SERVICE_ERRORS + "ExecutionAlreadyExists", "Execution Already Exists: '" + executionArn + "'", requestId);
            }
            Map<String, Object> parameters = parsed instanceof Map<?, ?> ? JsonBodies.object(input) : Map.of("input", parsed);
            SimulatedRun run = context.startRun(ID, arn, executionArn, parameters);
            Execution execution = new Execution(run, base, arn, stateMachine.group("qualifier"), name, input);
            executions.put(executionArn, execution);
            stops.remove(executionArn);
            return answer(startOutput(execution), requestId);
        }
    }

    /** The execution of that ARN, while the simulator keeps its run (a reset forgets both). */
    private Execution execution(String arn, SimulatorContext context) {
        Execution execution = executions.get(arn);
        return execution != null && context.run(ID, arn) == execution.run() ? execution : null;
    }

    private static Map<String, Object> startOutput(Execution execution) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("executionArn", execution.run().runId());
        output.put("startDate", epochSeconds(execution.run().startedAt()));
        return output;
    }

    private SimulatorResponse describe(String arn, SimulatorContext context, String requestId) {
        Execution execution = execution(arn, context);
        if (execution == null) {
            return doesNotExist(arn, requestId);
        }
        RunState state = context.stateOf(execution.run());
        String status = status(state);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("executionArn", arn);
        output.put("stateMachineArn", execution.stateMachineArn());
        output.put("name", execution.name());
        output.put("status", status);
        output.put("startDate", epochSeconds(execution.run().startedAt()));
        Instant end = context.endOf(execution.run(), state);
        if (end != null) {
            output.put("stopDate", epochSeconds(end));
        }
        output.put("input", execution.input());
        output.put("inputDetails", Map.of("included", true));
        if (state == RunState.SUCCEEDED) {
            output.put("output", execution.input());
            output.put("outputDetails", Map.of("included", true));
        }
        if (state == RunState.FAILED) {
            output.put("error", "States.TaskFailed");
            output.put("cause", "simulated task failure");
        }
        if (state == RunState.CANCELLED) {
            stops.getOrDefault(arn, Map.of()).forEach(output::put);
        }
        if (execution.qualifier() != null) {
            output.put(execution.qualifier().matches("\\d+") ? "stateMachineVersionArn" : "stateMachineAliasArn", execution.qualifiedArn());
        }
        output.put("redriveCount", 0);
        boolean redrivable = state == RunState.FAILED || state == RunState.CANCELLED;
        output.put("redriveStatus", redrivable ? "REDRIVABLE" : "NOT_REDRIVABLE");
        if (!redrivable) {
            output.put("redriveStatusReason", "Execution is " + status + " and cannot be redriven");
        }
        return answer(output, requestId);
    }

    /**
     * StopExecution: a running execution is aborted, with the error and cause given. One that has already ended is left
     * as it is and its stop date answered; what the service does then is not documented.
     */
    private SimulatorResponse stop(String arn, Map<String, Object> body, SimulatorContext context, String requestId) {
        Execution execution = execution(arn, context);
        Object error = body.get("error");
        Object cause = body.get("cause");
        if (error instanceof String text && text.length() > 256) {
            return validation("Value at 'error' failed to satisfy constraint: Member must have length less than or equal to 256", requestId);
        }
        if (cause instanceof String text && text.length() > 32_768) {
            return validation("Value at 'cause' failed to satisfy constraint: Member must have length less than or equal to 32768", requestId);
        }
        if (execution == null) {
            return doesNotExist(arn, requestId);
        }
        Map<String, String> why = new LinkedHashMap<>();
        if (error instanceof String text) {
            why.put("error", text);
        }
        if (cause instanceof String text) {
            why.put("cause", text);
        }
        synchronized (execution.run()) {
            if (context.cancel(execution.run())) {
                stops.put(arn, why);
            }
        }
        RunState state = context.stateOf(execution.run());
        return answer(Map.of("stopDate", epochSeconds(context.endOf(execution.run(), state))), requestId);
    }

    static String status(RunState state) {
        return switch (state) {
            // Step Functions has no queued state: an execution runs from its start
            case PENDING, RUNNING -> "RUNNING";
            case SUCCEEDED -> "SUCCEEDED";
            case FAILED -> "FAILED";
            case CANCELLED -> "ABORTED";
        };
    }

    /**
     * A name the API reference allows: no white space, none of {@code < > { } [ ] ? * " # % \ ^ | ~ ` $ & , ; : /},
     * no control character (U+0000-001F, U+007F-009F), no U+FFFE or U+FFFF, no lone surrogate.
     */
    static boolean validName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "<>{}[]?*\"#%\\^|~`$&,;:/".indexOf(c) >= 0 || c <= 0x1F
                || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A timestamp as the JSON 1.0 protocol writes it: epoch seconds, with the milliseconds as a fraction. */
    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3);
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(400, "com.amazon.coral.availability#ThrottlingException", "Rate exceeded", Ids.uuid());
    }

    private static SimulatorResponse doesNotExist(String arn, String requestId) {
        return error(400, SERVICE_ERRORS + "ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'", requestId);
    }

    private static SimulatorResponse validation(String problem, String requestId) {
        return error(400, COMMON_ERRORS + "ValidationException", "1 validation error detected: " + problem, requestId);
    }

    private static SimulatorResponse answer(Map<String, Object> body, String requestId) {
        return json(200, body, requestId);
    }

    /** An error as the JSON 1.0 protocol answers it: {@code __type} (namespace#name) and {@code message}. */
    static SimulatorResponse error(int status, String type, String message, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", type);
        if (message != null) {
            body.put("message", message);
        }
        return json(status, body, requestId);
    }

    private static SimulatorResponse json(int status, Map<String, Object> body, String requestId) {
        SimulatorResponse json = SimulatorResponse.json(status, body);
        return new SimulatorResponse(status, Map.of("Content-Type", CONTENT_TYPE, "x-amzn-RequestId", requestId), json.body(), null);
    }
}
