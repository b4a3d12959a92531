package io.workflowrun.simulator.dify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Dify's service API for workflow apps: {@code POST /v1/workflows/run} and {@code POST /v1/workflows/{id}/run}, in
 * blocking and streaming mode, with Dify's error shape {@code {code, message, status}}.
 */
public final class DifyHandler implements ProviderHandler {

    private static final Pattern RUN = Pattern.compile("/v1/workflows(?:/([^/]+))?/run");
    private static final Pattern RUN_DETAIL = Pattern.compile("/v1/workflows/run/([^/]+)");
    private static final Pattern STOP = Pattern.compile("/v1/workflows/tasks/([^/]+)/stop");
    /** Dify's blocking mode answers when the run ends, or when Cloudflare gives up after 100 s. */
    private static final Duration BLOCKING_LIMIT = Duration.ofSeconds(100);

    private final Map<String, String> runIdByTaskId = new ConcurrentHashMap<>();
    /** The workflow ID of the app the simulator pretends each API key belongs to. */
    public static final String APP_WORKFLOW_ID = "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345";

    @Override
    public String id() {
        return "dify";
    }

    @Override
    public String basePath() {
        return "/v1";
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return error(401, "unauthorized", "Authorization header must be provided and start with 'Bearer'");
        }
        if (context.secretOf(id(), authorization.substring("Bearer ".length())) == null) {
            return error(401, "unauthorized", "Access token is invalid");
        }
        Matcher detail = RUN_DETAIL.matcher(request.rawPath());
        if (detail.matches() && request.method().equals("GET")) {
            return detail(context.run(id(), detail.group(1)), context);
        }
        Matcher stop = STOP.matcher(request.rawPath());
        if (stop.matches() && request.method().equals("POST")) {
            return stop(stop.group(1), request, context);
        }
        Matcher run = RUN.matcher(request.rawPath());
        if (!run.matches()) {
            return error(404, "not_found", "The requested URL was not found on the server.");
        }
        if (!request.method().equals("POST")) {
            return error(405, "method_not_allowed", "The method is not allowed for the requested URL.");
        }
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return error(400, "invalid_param", "The request body must be a JSON object.");
        }
        if (!(body.get("inputs") instanceof Map<?, ?> inputs)) {
            return error(400, "invalid_param", "inputs is required and must be an object");
        }
        if (!(body.get("user") instanceof String user) || user.isBlank()) {
            return error(400, "invalid_param", "Arg user must be provided.");
        }
        String workflowId = run.group(1) != null ? run.group(1) : APP_WORKFLOW_ID;
        @SuppressWarnings("unchecked")
        SimulatedRun started = context.startRun(id(), workflowId, Ids.uuid(), new LinkedHashMap<>((Map<String, Object>) inputs));
        String taskId = Ids.uuid();
        runIdByTaskId.put(taskId, started.runId());
        if ("streaming".equals(body.get("response_mode"))) {
            return stream(started, taskId, context);
        }
        awaitEnd(started, context);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task_id", taskId);
        answer.put("workflow_run_id", started.runId());
        answer.put("data", runData(started, context));
        return SimulatorResponse.json(200, answer);
    }

    /** Blocking mode holds the answer until the run ends, as Dify does (bounded like its 100 s gateway limit). */
    private static void awaitEnd(SimulatedRun run, SimulatorContext context) {
        Instant end = run.endsAt();
        if (end == null) {
            return;
        }
        Instant limit = run.startedAt().plus(BLOCKING_LIMIT);
        Instant until = end.isBefore(limit) ? end : limit;
        long millis = Duration.between(context.clock().instant(), until).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private SimulatorResponse detail(SimulatedRun run, SimulatorContext context) {
        if (run == null) {
            return error(404, "not_found", "Workflow run not found.");
        }
        return SimulatorResponse.json(200, runData(run, context));
    }

    private SimulatorResponse stop(String taskId, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null || !(body.get("user") instanceof String user) || user.isBlank()) {
            return error(400, "invalid_param", "Arg user must be provided.");
        }
        // Dify sets a stop flag whether or not the task is still running, and always answers success
        String runId = runIdByTaskId.get(taskId);
        SimulatedRun run = runId == null ? null : context.run(id(), runId);
        if (run != null) {
            context.cancel(run);
        }
        return SimulatorResponse.json(200, Map.of("result", "success"));
    }

    private static SimulatorResponse stream(SimulatedRun run, String taskId, SimulatorContext context) {
        long createdAt = run.startedAt().getEpochSecond();
        List<Object> events = new ArrayList<>();
        events.add(event("workflow_started", run, taskId, Map.of("id", run.runId(), "workflow_id", run.workflowId(),
                "created_at", createdAt)));
        events.add(event("node_started", run, taskId, Map.of("id", Ids.uuid(), "node_id", "start", "node_type", "start",
                "title", "Start", "index", 1, "created_at", createdAt)));
        // the simulated stream tells the whole run at once; a run that never ends never finishes its stream either
        if (run.outcome() != RunState.RUNNING) {
            events.add(event("workflow_finished", run, taskId, data(run, run.outcome())));
        }
        return SimulatorResponse.eventStream(events);
    }

    private static Map<String, Object> event(String name, SimulatedRun run, String taskId, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event", name);
        event.put("workflow_run_id", run.runId());
        event.put("task_id", taskId);
        event.put("data", data);
        return event;
    }

    private static Map<String, Object> runData(SimulatedRun run, SimulatorContext context) {
        return data(run, context.stateOf(run));
    }

    private static Map<String, Object> data(SimulatedRun run, RunState state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", run.runId());
        data.put("workflow_id", run.workflowId());
        data.put("status", status(state));
        // the simulated workflow echoes its inputs, so tests can see what arrived
        data.put("outputs", state == RunState.SUCCEEDED ? run.parameters() : null);
        data.put("error", state == RunState.FAILED ? "simulated failure" : null);
        data.put("elapsed_time", 0.01);
        data.put("total_tokens", 0);
        data.put("total_steps", 2);
        data.put("created_at", run.startedAt().getEpochSecond());
        data.put("finished_at", run.startedAt().getEpochSecond());
        return data;
    }

    /** Dify's own status text for a state; Dify has no pending state of its own. */
    static String status(RunState state) {
        return switch (state) {
            case PENDING, RUNNING -> "running";
            case SUCCEEDED -> "succeeded";
            case FAILED -> "failed";
            case CANCELLED -> "stopped";
        };
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(429, "too_many_requests", "Too many requests. Please try again later.");
    }

    /** Dify's error answer. */
    public static SimulatorResponse error(int status, String code, String message) {
        return SimulatorResponse.json(status, Map.of("code", code, "message", message, "status", status));
    }
}
