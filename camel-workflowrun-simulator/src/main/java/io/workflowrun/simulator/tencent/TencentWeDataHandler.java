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
package io.workflowrun.simulator.tencent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Tencent Cloud WeData, API 3.0 version 2025-08-06: {@code CreateTriggerWorkflowRun}, {@code GetTriggerWorkflowRun} and
 * {@code KillTriggerWorkflowRuns}, signed TC3-HMAC-SHA256. Like
 * Tencent, it answers every request with HTTP 200 and {@code {"Response": {..., "RequestId"}}}, errors as
 * {@code Response.Error {Code, Message}}.
 */
public final class TencentWeDataHandler implements ProviderHandler {

    public static final String ID = "tencent-wedata";
    static final String VERSION = "2025-08-06";
    static final String TRIGGER = "CreateTriggerWorkflowRun";
    static final String STATUS = "GetTriggerWorkflowRun";
    static final String KILL = "KillTriggerWorkflowRuns";

    private final Tc3Verifier verifier = new Tc3Verifier("wedata");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.signed(ID, "9f551833-2150-4772-8ec1-78019779617c",
                Map.of("region", "ap-guangzhou", "projectId", "3126203945134080"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        if (!request.method().equals("POST")) {
            return error("UnsupportedOperation", "The simulator serves WeData over POST with a JSON body only.");
        }
        Tc3Verifier.Rejection rejection = verifier.verify(request, key -> context.secretOf(ID, key), request.receivedAt());
        if (rejection != null) {
            return error(rejection.code(), rejection.message());
        }
        String action = request.header("X-TC-Action");
        if (action == null) {
            return error("MissingParameter", "The request is missing a required parameter `Action`.");
        }
        if (!List.of(TRIGGER, STATUS, KILL).contains(action)) {
            return error("InvalidAction", "The action `" + action + "` is invalid or not found.");
        }
        String version = request.header("X-TC-Version");
        if (!VERSION.equals(version)) {
            return error("NoSuchVersion", "The API version `" + version + "` of action `" + action + "` does not exist.");
        }
        String region = request.header("X-TC-Region");
        if (region == null || region.isBlank()) {
            return error("MissingParameter", "The request is missing a required parameter `Region`.");
        }
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return error("InvalidParameter", "The request body is not a JSON object.");
        }
        return switch (action) {
            case STATUS -> status(body, context);
            case KILL -> kill(body, context);
            default -> trigger(body, context);
        };
    }

    private SimulatorResponse trigger(Map<String, Object> body, SimulatorContext context) {
        SimulatorResponse missing = requireText(body, "ProjectId", "WorkflowId");
        if (missing != null) {
            return missing;
        }
        for (String optional : List.of("SchedulingResourceGroupId", "IntegrationResourceGroupId")) {
            if (body.get(optional) != null && !(body.get(optional) instanceof String)) {
                return error("InvalidParameter", "The parameter `" + optional + "` must be a String.");
            }
        }
        if (body.get("TaskIds") != null && !isListOfText(body.get("TaskIds"))) {
            return error("InvalidParameter", "The parameter `TaskIds` must be an Array of String.");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        Object advanced = body.get("AdvancedParams");
        if (advanced != null) {
            if (!(advanced instanceof List<?> list)) {
                return error("InvalidParameter", "The parameter `AdvancedParams` must be an Array of SchedulingParameter.");
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?> param) || !(param.get("ParamKey") instanceof String key)
                    || (param.get("ParamValue") != null && !(param.get("ParamValue") instanceof String))) {
                    return error("InvalidParameter", "The parameter `AdvancedParams." + i
                                                     + "` must have a String ParamKey and a String ParamValue.");
                }
                parameters.put(key, param.get("ParamValue"));
            }
        }
        SimulatedRun run = context.startRun(ID, (String) body.get("WorkflowId"), Ids.uuid(), parameters);
        return ok(Map.of("WorkflowExecutionId", run.runId()));
    }

    /** {@code GetTriggerWorkflowRun}: the run as a {@code TriggerWorkflowTaskRunDetailBrief}. */
    private SimulatorResponse status(Map<String, Object> body, SimulatorContext context) {
        SimulatorResponse missing = requireText(body, "ProjectId", "WorkflowExecutionId");
        if (missing != null) {
            return missing;
        }
        SimulatedRun run = context.run(ID, (String) body.get("WorkflowExecutionId"));
        if (run == null) {
            return notFound((String) body.get("WorkflowExecutionId"));
        }
        RunState runState = context.stateOf(run);
        String state = executionState(runState);
        Map<String, Object> brief = new LinkedHashMap<>();
        brief.put("ProjectId", body.get("ProjectId"));
        brief.put("WorkflowId", run.workflowId());
        brief.put("ExecutionId", run.runId());
        brief.put("TriggerType", "ManualTrigger");
        // WeData writes instants as epoch milliseconds in text
        brief.put("CreateTime", String.valueOf(run.startedAt().toEpochMilli()));
        Instant end = context.endOf(run, runState);
        brief.put("ExecutionEndTime", end == null ? null : String.valueOf(end.toEpochMilli()));
        brief.put("ExecutionState", state);
        brief.put("ErrorCodeStr", null);
        brief.put("WorkflowParams", null);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("TriggerWorkflowRun", brief);
        data.put("TriggerTaskRuns", List.of());
        data.put("BizStateEnumInfos", List.of(Map.of("Count", 1, "LabelKey", state, "LabelValue", state)));
        return ok(data);
    }

    /** {@code KillTriggerWorkflowRuns}: one {@code ExecutionActionBrief} per run asked for. */
    private SimulatorResponse kill(Map<String, Object> body, SimulatorContext context) {
        SimulatorResponse missing = requireText(body, "ProjectId", "WorkflowId");
        if (missing != null) {
            return missing;
        }
        Object ids = body.get("WorkflowExecutionIdList");
        if (!isListOfText(ids) || ((List<?>) ids).isEmpty()) {
            return error("InvalidParameter", "The simulator stops listed runs only: `WorkflowExecutionIdList` must be a non-empty Array of String.");
        }
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Object id : (List<?>) ids) {
            SimulatedRun run = context.run(ID, (String) id);
            if (run == null || !run.workflowId().equals(body.get("WorkflowId"))) {
                return notFound((String) id);
            }
            boolean stopped = context.cancel(run);
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("ItemId", run.runId());
            outcome.put("ItemName", run.workflowId());
            outcome.put("ExecutionActionId", Ids.uuid());
            outcome.put("ErrorMessage", stopped ? null : "The workflow run has already finished.");
            outcome.put("OpStatus", stopped);
            outcomes.add(outcome);
        }
        return ok(outcomes);
    }

    /**
     * WeData's ExecutionState for a run's state. WeData documents FAILED, SUCCESS, PENDING, SKIPED and RUNNING only, with
     * no state for a killed run; a killed run reads KILL, the state WeData's scheduler gives a killed instance (the
     * 2025-08-06 API lists KILL and KILLING among the scheduler's states, under "failed"), so that a client must cope
     * with a state outside the documented five.
     */
    static String executionState(RunState state) {
        return switch (state) {
            case PENDING -> "PENDING";
            case RUNNING -> "RUNNING";
            case SUCCEEDED -> "SUCCESS";
            case FAILED -> "FAILED";
            case CANCELLED -> "KILL";
        };
    }

    private static SimulatorResponse requireText(Map<String, Object> body, String... fields) {
        for (String field : fields) {
            if (!(body.get(field) instanceof String value) || value.isBlank()) {
                return body.get(field) == null
                        ? error("MissingParameter", "The request is missing a required parameter `" + field + "`.")
                        : error("InvalidParameter", "The parameter `" + field + "` must be a String.");
            }
        }
        return null;
    }

    /** WeData's error code for a resource that does not exist (WedataErrorCode RESOURCENOTFOUND). */
    private static SimulatorResponse notFound(String runId) {
        return error("ResourceNotFound", "The workflow run `" + runId + "` does not exist.");
    }

    private static SimulatorResponse ok(Object data) {
        return response("Data", data);
    }

    private static boolean isListOfText(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    /** Tencent's error answer: HTTP 200 with {@code Response.Error}. */
    public static SimulatorResponse error(String code, String message) {
        return response("Error", Map.of("Code", code, "Message", message));
    }

    /** Every answer is HTTP 200 with {@code {"Response": {<field>, "RequestId"}}}. */
    private static SimulatorResponse response(String field, Object value) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put(field, value);
        response.put("RequestId", Ids.uuid());
        return SimulatorResponse.json(200, Map.of("Response", response));
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        // the description in Tencent Cloud API 3.0's common error codes; the live message may say more
        return error("RequestLimitExceeded", "The number of requests exceeds the frequency limit.");
    }
}
