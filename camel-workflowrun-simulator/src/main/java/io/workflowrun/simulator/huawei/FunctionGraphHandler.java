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
package io.workflowrun.simulator.huawei;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * Huawei Cloud FunctionGraph's flow executions behind API Gateway: start
 * ({@code POST /v2/{project_id}/fgs/workflows/{workflow_id}/executions}), status ({@code GET .../executions/{id}}) and
 * terminate ({@code POST .../executions/{id}/terminate}), each AK/SK-verified by {@link ApigSignatureVerifier}.
 * <p>
 * Any path prefix before {@code /v2/} is accepted (and signed), as behind a reverse proxy. A started flow follows the
 * simulator's timeline and outcome for its workflow; on success its output echoes its input.
 */
public final class FunctionGraphHandler implements ProviderHandler {

    public static final String ID = "huawei-functiongraph";

    private static final Pattern EXECUTIONS = Pattern.compile(
            ".*?/v2/(?<project>[^/]+)/fgs/workflows/(?<workflow>[^/]+)/executions"
            + "(?:/(?<execution>[^/]+)(?<terminate>/terminate)?)?/?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Map<String, Execution> executions = new ConcurrentHashMap<>();

    private record Execution(SimulatedRun run, String project, Object headers) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.signed(ID, "48aff955-ea10-4ffd-b426-190bc192dc14",
                Map.of("region", "cn-north-4", "projectId", "0b1a2c3d4e5f40718293a4b5c6d7e8f9"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String requestId = Ids.uuid().replace("-", "");
        // API Gateway finds the API before it knows how to authenticate the call
        Matcher route = EXECUTIONS.matcher(request.rawPath());
        if (!route.matches() || !allowed(request.method(), route)) {
            return error(404, "APIGW.0101", "The API does not exist or has not been published in the environment", requestId);
        }
        String refusal = ApigSignatureVerifier.refusal(request, context);
        if (refusal != null) {
            return error(401, ApigSignatureVerifier.AUTH_ERROR_CODE, refusal, requestId);
        }
        String project = ApigSignatureVerifier.percentDecode(route.group("project"));
        String workflow = ApigSignatureVerifier.percentDecode(route.group("workflow"));
        if (route.group("execution") == null) {
            return start(request, context, project, workflow, requestId);
        }
        String executionId = ApigSignatureVerifier.percentDecode(route.group("execution"));
        Execution execution = executions.get(executionId);
        if (execution == null || !execution.project().equals(project) || !execution.run().workflowId().equals(workflow)) {
            return error(404, "FSS.0404", "The specified resource was not found.", requestId);
        }
        if (route.group("terminate") != null) {
            return terminate(execution.run(), context, requestId);
        }
        return SimulatorResponse.json(200, describe(execution, context)).withHeader("X-Request-Id", requestId);
    }

    private static SimulatorResponse terminate(SimulatedRun run, SimulatorContext context, String requestId) {
        // Huawei does not document stopping an ended run; refusing it as an invalid parameter is our choice
        if (!context.cancel(run)) {
            return error(400, "FSS.0400", "Invalid parameter.", requestId);
        }
        // StopWorkFlow answers 200 with no body
        return SimulatorResponse.empty(200).withHeader("X-Request-Id", requestId);
    }

    private static boolean allowed(String method, Matcher route) {
        boolean read = route.group("execution") != null && route.group("terminate") == null;
        return method.equals(read ? "GET" : "POST");
    }

    private SimulatorResponse start(SimulatorRequest request, SimulatorContext context, String project, String workflow,
            String requestId) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null || !(body.get("input") instanceof Map<?, ?> input)) {
            return error(400, "FSS.0400", "invalid request body: input is required and must be an object", requestId);
        }
        Object headers = body.get("headers");
        if (headers != null && !(headers instanceof Map<?, ?>)) {
            return error(400, "FSS.0400", "invalid request body: headers must be an object", requestId);
        }
        @SuppressWarnings("unchecked")
        SimulatedRun run = context.startRun(id(), workflow, Ids.uuid(), new LinkedHashMap<>((Map<String, Object>) input));
        executions.put(run.runId(), new Execution(run, project, headers));
        return SimulatorResponse.json(200, Map.of("execution_id", run.runId())).withHeader("X-Request-Id", requestId);
    }

    /** ShowWorkflowExecution's answer for the run as it stands now. */
    private static Map<String, Object> describe(Execution execution, SimulatorContext context) {
        SimulatedRun run = execution.run();
        RunState state = context.stateOf(run);
        // a cancelled run's end is when the terminate was accepted
        Instant end = context.endOf(run, state);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workflow_id", run.workflowId());
        answer.put("workflow_urn", "urn:fss:sim-region:" + execution.project() + ":workflow:default:" + run.workflowId()
                                   + ":latest");
        answer.put("execution_id", run.runId());
        answer.put("status", status(state));
        answer.put("headers", execution.headers());
        answer.put("input", run.parameters());
        answer.put("output", state == RunState.SUCCEEDED ? run.parameters() : null);
        answer.put("begin_time", TIME.format(run.startedAt()));
        answer.put("end_time", end == null ? null : TIME.format(end));
        answer.put("last_update_time", TIME.format(end != null ? end : context.clock().instant()));
        answer.put("created_by", "sim-user");
        answer.put("node_execution_details", state == RunState.FAILED ? List.of(failedNode(run)) : List.of());
        return answer;
    }

    /** A failed flow's only trace of why: the failed node's error_message. */
    private static Map<String, Object> failedNode(SimulatedRun run) {
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("status", "fail");
        execution.put("input", run.parameters());
        execution.put("output", null);
        execution.put("begin_time", run.startedAt().toEpochMilli());
        execution.put("end_time", run.endsAt().toEpochMilli());
        execution.put("error_message", Map.of("detail", "Execution failed"));
        execution.put("request_id", Ids.uuid());
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("node_id", "node-1");
        node.put("node_name", "function");
        node.put("execution_id", Ids.uuid());
        node.put("executions", List.of(execution));
        return node;
    }

    /**
     * FunctionGraph's own status text for a state. It has no queued status: a started flow is {@code running} at once.
     */
    static String status(RunState state) {
        return switch (state) {
            case PENDING, RUNNING -> "running";
            case SUCCEEDED -> "success";
            case FAILED -> "fail";
            case CANCELLED -> "cancel";
        };
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        // as Huawei's FAQ "How Do I Handle the Error APIG.0308?" quotes it (limit and window are the API's policy)
        return error(429, "APIG.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:200,time:1 minute", Ids.uuid());
    }

    /** The error shape of API Gateway and FunctionGraph: {@code {error_code, error_msg, request_id}}. */
    public static SimulatorResponse error(int status, String code, String message, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("error_msg", message);
        body.put("request_id", requestId);
        return SimulatorResponse.json(status, body).withHeader("X-Request-Id", requestId);
    }
}
