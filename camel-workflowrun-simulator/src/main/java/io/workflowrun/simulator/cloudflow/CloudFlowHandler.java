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
package io.workflowrun.simulator.cloudflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import io.workflowrun.simulator.alibaba.Acs3Verifier;
import io.workflowrun.simulator.alibaba.RpcParameters;

/**
 * Alibaba Cloud CloudFlow (product code fnf, API version 2019-03-15) behind Alibaba's API gateway:
 * {@code StartExecution}, {@code DescribeExecution} and {@code StopExecution}, RPC style, signed with
 * {@code ACS3-HMAC-SHA256} (checked by {@link Acs3Verifier}).
 * <p>
 * Parameters are read from the query string and, for a POST, from a form body, as the gateway takes RPC parameters
 * from either. An execution is named by its flow and its name; the simulated run's ID is the execution's name. Errors
 * have the shape {@code {RequestId, HostId, Code, Message}}; the codes, HTTP statuses and message patterns are those of
 * CloudFlow's API metadata. Every flow name exists: the simulator does not model {@code FlowNotExists}.
 */
public final class CloudFlowHandler implements ProviderHandler {

    public static final String ID = "alibaba-cloudflow";
    static final String VERSION = "2019-03-15";
    /** CloudFlow's maximum request size, 1,024 KiB ("Limits"). */
    static final int MAX_REQUEST_BYTES = 1024 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,127}");
    private static final Map<String, String> METHODS = Map.of("StartExecution", "POST", "DescribeExecution", "GET",
            "StopExecution", "POST");
    /** CloudFlow's times: ISO 8601 in UTC with milliseconds, e.g. 2019-01-01T01:01:01.001Z. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Acs3Verifier verifier = new Acs3Verifier(ID);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.signed(ID, "order_flow", Map.of("region", "cn-hangzhou"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        Acs3Verifier.Rejection rejection = verifier.verify(request, context);
        if (rejection != null) {
            return error(request, rejection.status(), rejection.code(), rejection.message());
        }
        String version = request.header("x-acs-version");
        if (!VERSION.equals(version)) {
            return error(request, 400, "APIVersionNotSupported",
                    "The requested API version '" + version + "' is not supported yet. Please check.");
        }
        String action = request.header("x-acs-action");
        if (!METHODS.containsKey(action) || !request.rawPath().endsWith("/")) {
            return error(request, 400, "ActionNotSupported",
                    "The requested API operation '" + action + "' is incorrect. Please check.");
        }
        if (request.body().length > MAX_REQUEST_BYTES) {
            return error(request, 400, "EntityTooLarge",
                    "The payload size exceeds maximum allowed size (" + MAX_REQUEST_BYTES + " bytes).");
        }
        Map<String, String> parameters = RpcParameters.of(request);
        List<String> required = action.equals("StartExecution") ? List.of("FlowName") : List.of("FlowName", "ExecutionName");
        for (String name : required) {
            if (parameters.get(name) == null || parameters.get(name).isEmpty()) {
                return error(request, 400, "MissingRequiredParams", "The HTTP query '" + name + "' must be specified.");
            }
        }
        String flow = parameters.get("FlowName");
        if (!NAME.matcher(flow).matches()) {
            return invalid(request, "FlowName '" + flow + "' does not follow the naming rules.");
        }
        return switch (action) {
            case "StartExecution" -> start(request, context, flow, parameters);
            case "DescribeExecution" -> describe(request, context, flow, parameters.get("ExecutionName"));
            default -> stop(request, context, flow, parameters);
        };
    }

    /**
     * {@code StartExecution}, with the API reference's rules for a name in use: an execution of that name still in
     * progress is returned as it is (no new one starts), one that has ended is refused with
     * {@code ExecutionAlreadyExists}. Without a name the service makes one up.
     */
    private synchronized SimulatorResponse start(SimulatorRequest request, SimulatorContext context, String flow,
                                                 Map<String, String> parameters) {
        String name = parameters.get("ExecutionName");
        if (name != null && !NAME.matcher(name).matches()) {
            return invalid(request, "ExecutionName '" + name + "' does not follow the naming rules.");
        }
        String input = parameters.get("Input");
        Map<String, Object> inputObject = input == null || input.isEmpty() ? Map.of() : JsonBodies.object(input);
        if (inputObject == null) {
            return invalid(request, "Input is not a JSON object.");
        }
        if (name != null) {
            SimulatedRun existing = execution(context, flow, name);
            if (existing != null) {
                RunState state = context.stateOf(existing);
                return state.isTerminal()
                        ? error(request, 400, "ExecutionAlreadyExists", "Execution " + name + " for flow " + flow + " already exists.")
                        : SimulatorResponse.json(200, execution(context, existing, state, inputOf(existing)));
            }
        }
        // the simulator keys runs by ID alone: a name reused in another flow replaces the first flow's execution there
        SimulatedRun run = context.startRun(ID, flow, name != null ? name : Ids.uuid(), inputObject);
        return SimulatorResponse.json(200, execution(context, run, context.stateOf(run), input));
    }

    private SimulatorResponse describe(SimulatorRequest request, SimulatorContext context, String flow, String name) {
        SimulatedRun run = execution(context, flow, name);
        if (run == null) {
            return notExists(request, flow, name);
        }
        return SimulatorResponse.json(200, execution(context, run, context.stateOf(run), inputOf(run)));
    }

    /** {@code StopExecution}: a running execution ends Stopped; one that has ended is refused. */
    private SimulatorResponse stop(SimulatorRequest request, SimulatorContext context, String flow, Map<String, String> parameters) {
        String name = parameters.get("ExecutionName");
        SimulatedRun run = execution(context, flow, name);
        if (run == null) {
            return notExists(request, flow, name);
        }
        String cause = parameters.get("Cause");
        String errorCode = parameters.get("Error");
        if (cause != null && (cause.isEmpty() || cause.length() > 4096)
            || errorCode != null && (errorCode.isEmpty() || errorCode.length() > 128)) {
            return invalid(request, "Cause must be 1 to 4096 characters and Error 1 to 128.");
        }
        if (!context.cancel(run)) {
            return error(request, 400, "ExecutionAlreadyCompleted",
                    "Execution '" + name + "' for flow '" + flow + "' has already completed.");
        }
        return SimulatorResponse.json(200, execution(context, run, context.stateOf(run), inputOf(run)));
    }

    /** The execution of that name in that flow, or null. */
    private static SimulatedRun execution(SimulatorContext context, String flow, String name) {
        SimulatedRun run = context.run(ID, name);
        return run != null && run.workflowId().equals(flow) ? run : null;
    }

    /** An execution as the three calls answer it. */
    private static Map<String, Object> execution(SimulatorContext context, SimulatedRun run, RunState state, String input) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId());
        body.put("FlowName", run.workflowId());
        body.put("Name", run.runId());
        body.put("FlowDefinition", "Type: StateMachine\nSpecVersion: v1\nName: " + run.workflowId()
                                   + "\nStartAt: pass\nStates:\n  - Type: Pass\n    Name: pass\n    End: true");
        body.put("Input", input == null ? "" : input);
        body.put("Status", status(state));
        body.put("StartedTime", TIME.format(run.startedAt()));
        Instant end = context.endOf(run, state);
        if (end != null) {
            body.put("StoppedTime", TIME.format(end));
        }
        // the simulated flow is one Pass state: a succeeded execution's output is its input
        if (state == RunState.SUCCEEDED) {
            body.put("Output", input == null || input.isEmpty() ? "{}" : input);
        }
        return body;
    }

    /** The API reference's statuses: Starting, Running, Stopped, Succeeded, Failed, TimedOut (not simulated). */
    static String status(RunState state) {
        return switch (state) {
            case PENDING -> "Starting";
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case CANCELLED -> "Stopped";
        };
    }

    private static String inputOf(SimulatedRun run) {
        return run.parameters().isEmpty() ? "" : SimulatorResponse.jsonText(run.parameters());
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(request, 429, "ResourceThrottled", "The request is throttled. Please try again later.");
    }

    private static SimulatorResponse notExists(SimulatorRequest request, String flow, String name) {
        return error(request, 404, "ExecutionNotExists", "Execution " + name + " for flow " + flow + " does not exist.");
    }

    private static SimulatorResponse invalid(SimulatorRequest request, String detail) {
        return error(request, 400, "InvalidArgument", "Parameter error. " + detail);
    }

    private static SimulatorResponse error(SimulatorRequest request, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId());
        body.put("HostId", request.header("host"));
        body.put("Code", code);
        body.put("Message", message);
        return SimulatorResponse.json(status, body);
    }

    private static String requestId() {
        return Ids.uuid().toUpperCase(Locale.ROOT);
    }
}
