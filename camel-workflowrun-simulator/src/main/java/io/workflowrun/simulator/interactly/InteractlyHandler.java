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
package io.workflowrun.simulator.interactly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The Interactly workflow service's {@code POST /v1/workflows/{id}/execute}: bearer key plus the {@code teamid} and
 * {@code uuid} headers (the official SDK's three required credentials; it sends {@code uuid} empty when no user is
 * set), ObjectId workflow IDs, FastAPI error bodies ({@code {"detail": ...}}), an {@code X-Request-Id} on every answer.
 */
public final class InteractlyHandler implements ProviderHandler {

    private static final Pattern EXECUTE = Pattern.compile("/v1/workflows/([^/]+)/execute");
    private static final Pattern RUN = Pattern.compile("/v1/workflow-runs/([^/]+)");
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    @Override
    public String id() {
        return "interactly";
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.bearer(id(), "5eb7cf5a86d9755df3a6c593", Map.of("teamId", "team-1"));
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
        // the official SDK sends all three credential headers on every request, uuid empty when no user is set
        if (request.header("uuid") == null) {
            return detail(401, "Missing user ID");
        }
        Matcher run = RUN.matcher(request.rawPath());
        if (run.matches() && request.method().equals("GET")) {
            return document(context.run(id(), run.group(1)), teamId, context);
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
        if ("stop".equals(runInput.get("command"))) {
            return stop(context.run(id(), String.valueOf(body.get("run_id"))), context);
        }
        if (!"start".equals(runInput.get("command"))) {
            return validation(List.of("body", "run_input", "command"), "the simulator starts and stops runs only");
        }
        if (!(runInput.get("thread_to_node_inputs") instanceof Map<?, ?> threads) || threads.isEmpty()) {
            return SimulatorResponse.json(400, Map.of("message", "Invalid workflow input", "error", "Found 0 threads in workflow input"));
        }
        Object variables = runInput.get("dynamic_variables");
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = variables instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
        SimulatedRun started = context.startRun(id(), workflowId, Ids.objectId(), parameters);
        return SimulatorResponse.json(200, turn(started, context.stateOf(started)));
    }

    private SimulatorResponse stop(SimulatedRun run, SimulatorContext context) {
        if (run == null) {
            return detail(404, "Session not found");
        }
        if (!context.cancel(run)) {
            return detail(409, "Workflow run has already finished");
        }
        return SimulatorResponse.json(200, turn(run, RunState.CANCELLED));
    }

    /** The execute call's InteractiveRunResponse. */
    private static Map<String, Object> turn(SimulatedRun run, RunState state) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("run_id", run.runId());
        answer.put("status", status(state));
        answer.put("turn_number", 1);
        answer.put("events", List.of());
        answer.put("is_waiting_for_input", false);
        answer.put("is_completed", state.isTerminal());
        answer.put("error", state == RunState.FAILED ? "execution_error" : null);
        answer.put("next_input_hint", null);
        return answer;
    }

    /** {@code GET /v1/workflow-runs/{id}}: the stored run document, wrapped twice as the service does. */
    private SimulatorResponse document(SimulatedRun run, String teamId, SimulatorContext context) {
        if (run == null) {
            return detail(404, "Not found");
        }
        RunState state = context.stateOf(run);
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("workflow_run_id", run.runId());
        inner.put("workflow_id", run.workflowId());
        inner.put("status", status(state));
        inner.put("version_number", 0);
        inner.put("termination_source", state == RunState.FAILED ? "execution_error" : null);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_id", run.runId());
        document.put("team_id", teamId);
        document.put("created_at", run.startedAt().toString());
        document.put("workflow_run", inner);
        return SimulatorResponse.json(200, Map.of("workflow_run", document));
    }

    /** The service's WorkflowStatus text for a state. */
    static String status(RunState state) {
        return switch (state) {
            case PENDING -> "not_started";
            case RUNNING -> "running";
            case SUCCEEDED -> "completed";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return detail(429, "Rate limit exceeded. Try again later.").withHeader("X-Request-Id", Ids.uuid());
    }

    private static SimulatorResponse detail(int status, String detail) {
        return SimulatorResponse.json(status, Map.of("detail", detail));
    }

    private static SimulatorResponse validation(List<String> loc, String message) {
        return SimulatorResponse.json(422, Map.of("detail", List.of(Map.of("loc", loc, "msg", message, "type", "value_error"))));
    }
}
