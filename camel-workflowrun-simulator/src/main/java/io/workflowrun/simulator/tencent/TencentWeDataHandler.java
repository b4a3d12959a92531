package io.workflowrun.simulator.tencent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Tencent Cloud WeData, API 3.0 version 2025-08-06: {@code CreateTriggerWorkflowRun}, signed TC3-HMAC-SHA256. Like
 * Tencent, it answers every request with HTTP 200 and {@code {"Response": {..., "RequestId"}}}, errors as
 * {@code Response.Error {Code, Message}}.
 */
public final class TencentWeDataHandler implements ProviderHandler {

    public static final String ID = "tencent-wedata";
    static final String VERSION = "2025-08-06";
    static final String ACTION = "CreateTriggerWorkflowRun";

    private final Tc3Verifier verifier = new Tc3Verifier("wedata");

    @Override
    public String id() {
        return ID;
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
        if (!action.equals(ACTION)) {
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
        return trigger(body, context);
    }

    private SimulatorResponse trigger(Map<String, Object> body, SimulatorContext context) {
        for (String required : List.of("ProjectId", "WorkflowId")) {
            if (!(body.get(required) instanceof String value) || value.isBlank()) {
                return body.get(required) == null
                        ? error("MissingParameter", "The request is missing a required parameter `" + required + "`.")
                        : error("InvalidParameter", "The parameter `" + required + "` must be a String.");
            }
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
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Data", Map.of("WorkflowExecutionId", run.runId()));
        response.put("RequestId", Ids.uuid());
        return SimulatorResponse.json(200, Map.of("Response", response));
    }

    private static boolean isListOfText(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
    }

    /** Tencent's error answer: HTTP 200 with {@code Response.Error}. */
    public static SimulatorResponse error(String code, String message) {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Error", Map.of("Code", code, "Message", message));
        response.put("RequestId", Ids.uuid());
        return SimulatorResponse.json(200, Map.of("Response", response));
    }
}
