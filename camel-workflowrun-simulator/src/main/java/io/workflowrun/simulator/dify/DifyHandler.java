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
package io.workflowrun.simulator.dify;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.EventSource;
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
 * Dify's service API for workflow apps: {@code POST /v1/workflows/run} and {@code POST /v1/workflows/{id}/run}, in
 * blocking and streaming mode, run detail, and stop, with Dify's error shape {@code {code, message, status}}. Modelled on
 * Dify's {@code api/controllers/service_api/app/workflow.py} and what it calls (see the provider's docs page for what
 * is and is not confirmed).
 */
public final class DifyHandler implements ProviderHandler {

    /** The workflow ID of the app the simulator pretends each API key belongs to. */
    public static final String APP_WORKFLOW_ID = "7c3e33d4-2a8b-4e5f-9b1a-d3c6e8f12345";

    private static final Pattern RUN = Pattern.compile("/v1/workflows(?:/([^/]+))?/run");
    private static final Pattern RUN_DETAIL = Pattern.compile("/v1/workflows/run/([^/]+)");
    private static final Pattern STOP = Pattern.compile("/v1/workflows/tasks/([^/]+)/stop");
    /** A blocking call waits for the run this often while it goes on. */
    private static final Duration BLOCKING_TICK = Duration.ofMillis(10);

    /** Each task's run and the user that started it: Dify keeps this to check a stop against (versions before 1.9). */
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    /** The API key (so, the app) each run was started with: run detail shows an app's own runs only. */
    private final Map<String, String> keyByRunId = new ConcurrentHashMap<>();

    private record Task(String runId, String user) {
    }

    @Override
    public String id() {
        return "dify";
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.bearer(id(), APP_WORKFLOW_ID, Map.of("user", "camel"));
    }

    @Override
    public String basePath() {
        return "/v1";
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String apiKey = apiKey(request.header("Authorization"));
        if (apiKey == null) {
            return error(401, "unauthorized", "Authorization header must be provided and start with 'Bearer'");
        }
        if (apiKey.isEmpty()) {
            return error(401, "unauthorized", "Authorization scheme must be 'Bearer'");
        }
        if (context.secretOf(id(), apiKey) == null) {
            return error(401, "unauthorized", "Access token is invalid");
        }
        Matcher detail = RUN_DETAIL.matcher(request.rawPath());
        if (detail.matches() && request.method().equals("GET")) {
            return detail(detail.group(1), apiKey, context);
        }
        Matcher stop = STOP.matcher(request.rawPath());
        if (stop.matches() && request.method().equals("POST")) {
            return stop(stop.group(1), request, context);
        }
        Matcher run = RUN.matcher(request.rawPath());
        if (!run.matches()) {
            return error(404, "not_found", "The requested URL was not found on the server. If you entered the URL manually "
                                           + "please check your spelling and try again.");
        }
        if (!request.method().equals("POST")) {
            return error(405, "method_not_allowed", "The method is not allowed for the requested URL.");
        }
        return run(run.group(1), apiKey, request, context);
    }

    /** The bearer token; null when the header is missing or has no scheme, empty when the scheme is not Bearer. */
    private static String apiKey(String authorization) {
        if (authorization == null || !authorization.contains(" ")) {
            return null;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        return parts[0].toLowerCase(Locale.ROOT).equals("bearer") && parts.length == 2 ? parts[1] : "";
    }

    private SimulatorResponse run(String workflowIdInPath, String apiKey, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return error(400, "bad_request", "Failed to decode JSON object: the request body is not a JSON object");
        }
        if (!(body.get("user") instanceof String user) || user.isBlank()) {
            return error(400, "invalid_param", "Arg user must be provided.");
        }
        if (!(body.get("inputs") instanceof Map<?, ?> inputs)) {
            return invalid("inputs", body.get("inputs") == null ? "Field required" : "Input should be a valid dictionary");
        }
        if (body.get("files") != null && !isListOfObjects(body.get("files"))) {
            return invalid("files", "Input should be a valid list of dictionaries");
        }
        String workflowId = workflowIdInPath != null ? workflowIdInPath : APP_WORKFLOW_ID;
        @SuppressWarnings("unchecked")
        SimulatedRun started = context.startRun(id(), workflowId, Ids.uuid(), new LinkedHashMap<>((Map<String, Object>) inputs));
        keyByRunId.put(started.runId(), apiKey);
        String taskId = Ids.uuid();
        tasks.put(taskId, new Task(started.runId(), user));
        if ("streaming".equals(body.get("response_mode"))) {
            return SimulatorResponse.eventStream(new RunEvents(started, taskId, context));
        }
        return blocking(started, taskId, context);
    }

    /** Dify's answer to a body its payload model refuses: pydantic's validation error, abridged. */
    private static SimulatorResponse invalid(String field, String why) {
        return error(400, "invalid_param", "1 validation error for WorkflowRunPayload\n" + field + "\n  " + why);
    }

    private static boolean isListOfObjects(Object value) {
        return value instanceof List<?> list && list.stream().allMatch(item -> item instanceof Map<?, ?>);
    }

    /**
     * Blocking mode holds the answer until the run ends or pauses, as Dify does; past the gateway's timeout the gateway
     * answers instead (Dify Cloud: HTTP 504, reported by users as "api.dify.ai 504: Gateway time-out"), and the run goes
     * on with no run ID given.
     */
    private static SimulatorResponse blocking(SimulatedRun run, String taskId, SimulatorContext context) {
        Instant gaveUpAt = run.startedAt().plus(context.gatewayTimeout());
        while (!hasAnswer(run, context) && context.clock().instant().isBefore(gaveUpAt)) {
            try {
                Thread.sleep(BLOCKING_TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SimulatorResponse.noAnswer();
            }
        }
        if (!hasAnswer(run, context)) {
            return gatewayTimeout();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task_id", taskId);
        answer.put("workflow_run_id", run.runId());
        answer.put("data", runData(run, context));
        return SimulatorResponse.json(200, answer);
    }

    private static boolean hasAnswer(SimulatedRun run, SimulatorContext context) {
        return context.stateOf(run).isTerminal() || run.isWaitingAt(context.clock().instant());
    }

    /** Cloudflare's page for a timed-out origin, as Dify Cloud's gateway answers a blocking call it gave up on. */
    public static SimulatorResponse gatewayTimeout() {
        return SimulatorResponse.text(504, "text/html; charset=UTF-8",
                "<!DOCTYPE html><html><head><title>api.dify.ai | 504: Gateway time-out</title></head>"
                + "<body><h1>Gateway time-out</h1><p>Error code 504</p></body></html>");
    }

    /** Run detail: any run of the app the API key belongs to, whichever user started it (Dify does not check the user). */
    private SimulatorResponse detail(String runId, String apiKey, SimulatorContext context) {
        SimulatedRun run = context.run(id(), runId);
        if (run == null || !apiKey.equals(keyByRunId.get(runId))) {
            return error(404, "not_found", "Workflow run not found.");
        }
        Map<String, Object> data = runData(run, context);
        // the run's inputs are stored as JSON text, and the detail sends them on as they are
        data.put("inputs", SimulatorResponse.jsonText(run.parameters()));
        data.put("outputs", data.get("outputs") == null ? Map.of() : data.get("outputs"));
        return SimulatorResponse.json(200, data);
    }

    /**
     * Dify sets a stop flag and answers success whatever came of it. The flag is ignored for a task that has ended, and
     * (Dify before 1.9, the strictest behaviour, modelled here) for a user other than the one that started the task.
     */
    private SimulatorResponse stop(String taskId, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null || !(body.get("user") instanceof String user) || user.isBlank()) {
            return error(400, "invalid_param", "Arg user must be provided.");
        }
        Task task = tasks.get(taskId);
        SimulatedRun run = task == null || !task.user().equals(user) ? null : context.run(id(), task.runId());
        if (run != null) {
            context.cancel(run);
        }
        return SimulatorResponse.json(200, Map.of("result", "success"));
    }

    /** A run's event stream, told as the run goes: started, then paused (Dify then closes the stream) or finished. */
    private static final class RunEvents implements EventSource {

        private final SimulatedRun run;
        private final String taskId;
        private final SimulatorContext context;
        private boolean started;
        private boolean over;

        RunEvents(SimulatedRun run, String taskId, SimulatorContext context) {
            this.run = run;
            this.taskId = taskId;
            this.context = context;
        }

        @Override
        public synchronized List<String> due() {
            if (over) {
                return null;
            }
            if (!started) {
                started = true;
                long createdAt = run.startedAt().getEpochSecond();
                return List.of(
                        event("workflow_started", Map.of("id", run.runId(), "workflow_id", run.workflowId(),
                                "inputs", run.parameters(), "created_at", createdAt)),
                        event("node_started", Map.of("id", Ids.uuid(), "node_id", "start", "node_type", "start", "title", "Start",
                                "index", 1, "created_at", createdAt)));
            }
            RunState state = context.stateOf(run);
            if (state.isTerminal()) {
                over = true;
                return List.of(event("workflow_finished", data(run, state, context)));
            }
            if (run.isWaitingAt(context.clock().instant())) {
                over = true;
                return List.of(event("workflow_paused", paused()));
            }
            return List.of();
        }

        private Map<String, Object> paused() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("workflow_run_id", run.runId());
            data.put("paused_nodes", List.of("human_input"));
            data.put("outputs", Map.of());
            data.put("reasons", List.of(Map.of("TYPE", "human_input_required", "node_id", "human_input", "node_title", "Human Input",
                    "form_token", Ids.uuid())));
            data.put("status", "paused");
            data.put("created_at", run.startedAt().getEpochSecond());
            data.put("elapsed_time", elapsedSeconds(run, context.clock().instant()));
            data.put("total_tokens", 0);
            data.put("total_steps", 2);
            return data;
        }

        private String event(String name, Map<String, Object> data) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("event", name);
            event.put("workflow_run_id", run.runId());
            event.put("task_id", taskId);
            event.put("data", data);
            return SimulatorResponse.jsonText(event);
        }
    }

    private static Map<String, Object> runData(SimulatedRun run, SimulatorContext context) {
        return data(run, context.stateOf(run), context);
    }

    private static Map<String, Object> data(SimulatedRun run, RunState state, SimulatorContext context) {
        Instant now = context.clock().instant();
        boolean paused = state == RunState.RUNNING && run.isWaitingAt(now);
        Instant endedAt = context.endOf(run, state);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", run.runId());
        data.put("workflow_id", run.workflowId());
        data.put("status", paused ? "paused" : status(state));
        // the simulated workflow echoes its inputs, so tests can see what arrived
        data.put("outputs", state == RunState.SUCCEEDED ? run.parameters() : null);
        data.put("error", state == RunState.FAILED ? "simulated failure" : null);
        data.put("elapsed_time", elapsedSeconds(run, endedAt != null ? endedAt : now));
        data.put("total_tokens", 0);
        data.put("total_steps", 2);
        data.put("created_at", run.startedAt().getEpochSecond());
        data.put("finished_at", endedAt == null ? null : endedAt.getEpochSecond());
        return data;
    }

    private static double elapsedSeconds(SimulatedRun run, Instant until) {
        return Math.max(0, Duration.between(run.startedAt(), until).toMillis()) / 1000.0;
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

    /**
     * The app's cap on runs at once reached: Dify's {@code AppInvokeQuotaExceededError}, HTTP 429 {@code too_many_requests}.
     * Throttling: the run was refused before it started, and may be sent again.
     */
    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(429, "too_many_requests",
                "Too many requests. Please try again later. The current maximum concurrent requests allowed is 10.");
    }

    /**
     * The plan's workflow quota used up (Dify Cloud): HTTP 429 {@code rate_limit_error}, which a resend does not cure.
     * The text is current Dify's ({@code AppGenerateService}: {@code QuotaType.WORKFLOW}); older versions' sandbox plan
     * limit said "Rate limit exceeded, please upgrade your plan or your RPD was 5000 requests/day" under the same code.
     */
    public static SimulatorResponse quotaExceeded() {
        return error(429, "rate_limit_error", "Workflow execution quota limit reached for tenant 1f0a9e55-5d49-4f0e-8f43-0e2b3c4d5e6f");
    }

    /** Dify's error answer. */
    public static SimulatorResponse error(int status, String code, String message) {
        return SimulatorResponse.json(status, Map.of("code", code, "message", message, "status", status));
    }
}
