package io.workflowrun.simulator.interactly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * The Interactly workflow service's {@code POST /v1/workflows/{id}/execute}: bearer key plus {@code teamid} header,
 * ObjectId workflow IDs, FastAPI error bodies ({@code {"detail": ...}}), an {@code X-Request-Id} on every answer.
 */
public final class InteractlyHandler implements ProviderHandler {

    private static final Pattern EXECUTE = Pattern.compile("/v1/workflows/([^/]+)/execute");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    @Override
    public String id() {
        return "interactly";
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        return answer(request, context).withHeader("X-Request-Id", Ids.uuid());
    }

    private SimulatorResponse answer(SimulatorRequest request, SimulatorContext context) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")
            || context.secretOf(id(), authorization.substring("Bearer ".length())) == null) {
            return detail(401, "Unauthorized");
        }
        String teamId = request.header("teamid");
        if (teamId == null || teamId.isBlank()) {
            return detail(401, "Missing team ID");
        }
        Matcher execute = EXECUTE.matcher(request.rawPath());
        if (!execute.matches()) {
            return detail(404, "Not Found");
        }
        if (!request.method().equals("POST")) {
            return detail(405, "Method Not Allowed");
        }
        String workflowId = execute.group(1);
        if (!OBJECT_ID.matcher(workflowId).matches()) {
            return validation(List.of("path", "workflow_id"), "String should match pattern '^[0-9a-f]{24}$'");
        }
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null || !(body.get("run_input") instanceof Map<?, ?> runInput)) {
            return validation(List.of("body", "run_input"), "Field required");
        }
        if (!"start".equals(runInput.get("command"))) {
            return validation(List.of("body", "run_input", "command"), "the simulator starts runs only");
        }
        if (!(runInput.get("thread_to_node_inputs") instanceof Map<?, ?> threads) || threads.isEmpty()) {
            return SimulatorResponse.json(400, Map.of("message", "Invalid workflow input", "error", "Found 0 threads in workflow input"));
        }
        Object variables = runInput.get("dynamic_variables");
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = variables instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
        SimulatedRun run = context.startRun(id(), workflowId, Ids.objectId(), parameters);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("run_id", run.runId());
        answer.put("status", "running");
        answer.put("turn_number", 1);
        answer.put("events", List.of());
        answer.put("is_waiting_for_input", false);
        answer.put("is_completed", false);
        answer.put("error", null);
        answer.put("next_input_hint", null);
        return SimulatorResponse.json(200, answer);
    }

    private static SimulatorResponse detail(int status, String detail) {
        return SimulatorResponse.json(status, Map.of("detail", detail));
    }

    private static SimulatorResponse validation(List<String> loc, String message) {
        return SimulatorResponse.json(422, Map.of("detail", List.of(Map.of("loc", loc, "msg", message, "type", "value_error"))));
    }
}
