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
package io.workflowrun.simulator.coze;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Coze's workflow API (coze.com and coze.cn answer alike): {@code POST /v1/workflow/run}, asynchronous
 * ({@code is_async}) or synchronous, and a run's history, {@code GET /v1/workflows/{workflow_id}/run_histories/{execute_id}},
 * with a bearer access token. Coze's answers carry {@code code} (0 for success) and {@code msg}, with HTTP 200 also for
 * errors, and a log ID in {@code detail.logid} and the {@code X-Tt-Logid} header. Modelled on Coze's API reference (run
 * workflow, query the asynchronous run's result, error codes) and its official SDKs (coze-py, coze-java, coze-js); see the
 * provider's docs page for what is not confirmed.
 */
public final class CozeHandler implements ProviderHandler {

    /** A published workflow of the sample's account: any number is one, except {@link #UNPUBLISHED_WORKFLOW_ID}. */
    public static final String WORKFLOW_ID = "7421983346108612627";
    /** A workflow that was never published: Coze refuses to run it (4200). */
    public static final String UNPUBLISHED_WORKFLOW_ID = "7421983346108600000";
    /**
     * The secret to {@linkplain io.workflowrun.simulator.WorkflowRunSimulator#addKey add} a token with to make it one of
     * Coze's free plan, on which {@code is_async} is refused (6003).
     */
    public static final String FREE_PLAN = "coze-free-plan";
    /** The answer's log ID, as response header (coze-py, coze-java and coze-js read it there). */
    public static final String LOG_ID_HEADER = "X-Tt-Logid";
    /** Coze's answer to a call it refused because of load ("the system's request limit is reached, try again later"). */
    public static final int SYSTEM_BUSY = 4009;

    private static final Pattern RUN_HISTORY = Pattern.compile("/v1/workflows/([^/]+)/run_histories/([^/]+)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,19}");
    /** Coze's synchronous run gives up after 90 s; a synchronous call waits for its run this often. */
    private static final Duration SYNC_TICK = Duration.ofMillis(10);
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(90);
    private static final DateTimeFormatter LOG_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token each run was started with: a run's history is the account's own. */
    private final Map<String, String> tokenByRunId = new ConcurrentHashMap<>();
    /** How each run was started: Coze's run_mode (0 synchronous, 2 asynchronous). */
    private final Map<String, Integer> runModes = new ConcurrentHashMap<>();
    private final Map<String, String> botIds = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "coze";
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.bearer(id(), WORKFLOW_ID, Map.of("region", "global"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String token = token(request.header("Authorization"));
        if (token == null || context.secretOf(id(), token) == null) {
            return error(4100, "authentication is invalid");
        }
        if (request.rawPath().equals("/v1/workflow/run")) {
            return request.method().equals("POST") ? run(token, request, context) : notFound();
        }
        Matcher history = RUN_HISTORY.matcher(request.rawPath());
        if (history.matches() && request.method().equals("GET")) {
            return history(history.group(1), history.group(2), token, context);
        }
        return notFound();
    }

    /** The bearer token; null when the header is missing or not a bearer token. */
    private static String token(String authorization) {
        if (authorization == null) {
            return null;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        return parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer") ? parts[1] : null;
    }

    private SimulatorResponse run(String token, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return invalid("the request body is not a JSON object");
        }
        Object workflowId = body.get("workflow_id");
        if (!(workflowId instanceof String id) || !NUMBER.matcher(id).matches()) {
            return invalid("workflow_id is required and must be a workflow's ID");
        }
        Map<String, Object> parameters = parameters(body.get("parameters"));
        if (parameters == null) {
            return invalid("parameters must be a JSON object, or a JSON object serialized as a string");
        }
        if (body.get("bot_id") != null && body.get("app_id") != null) {
            return invalid("bot_id and app_id cannot be set at the same time");
        }
        for (String field : new String[] {"bot_id", "app_id"}) {
            if (body.get(field) != null && !(body.get(field) instanceof String value && NUMBER.matcher(value).matches())) {
                return invalid(field + " must be an ID");
            }
        }
        if (body.get("ext") != null && !isTextMap(body.get("ext"))) {
            return invalid("ext must be a map of strings");
        }
        if (id.equals(UNPUBLISHED_WORKFLOW_ID)) {
            return error(4200, "workflow not published");
        }
        boolean async = Boolean.TRUE.equals(body.get("is_async"));
        if (async && FREE_PLAN.equals(context.secretOf(id(), token))) {
            return error(6003, "Workflow execution with is_async=true is a premium feature available only to Coze Professional users");
        }
        SimulatedRun run = context.startRun(id(), id, executeId(), parameters);
        tokenByRunId.put(run.runId(), token);
        runModes.put(run.runId(), async ? 2 : 0);
        if (body.get("bot_id") instanceof String botId) {
            botIds.put(run.runId(), botId);
        }
        return async ? started(run) : synchronous(run, context);
    }

    /** Coze documents the parameters as JSON object text; its SDKs send the object itself. */
    private static Map<String, Object> parameters(Object value) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof String text) {
            return JsonBodies.object(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((name, field) -> copy.put(String.valueOf(name), field));
            return copy;
        }
        return null;
    }

    private static boolean isTextMap(Object value) {
        return value instanceof Map<?, ?> map && map.values().stream().allMatch(field -> field instanceof String);
    }

    private static SimulatorResponse started(SimulatedRun run) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("msg", "");
        answer.put("execute_id", run.runId());
        answer.put("debug_url", debugUrl(run));
        return answered(answer);
    }

    /**
     * Without {@code is_async}, Coze answers once the run has ended, with its output in {@code data} and no
     * {@code execute_id}; past 90 s the connection is dropped while the run goes on.
     */
    private static SimulatorResponse synchronous(SimulatedRun run, SimulatorContext context) {
        Instant gaveUpAt = run.startedAt().plus(SYNC_TIMEOUT);
        while (!context.stateOf(run).isTerminal() && context.clock().instant().isBefore(gaveUpAt)) {
            try {
                Thread.sleep(SYNC_TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return SimulatorResponse.noAnswer();
            }
        }
        RunState state = context.stateOf(run);
        if (state == RunState.FAILED) {
            return error(5000, "simulated failure");
        }
        if (!state.isTerminal()) {
            return SimulatorResponse.noAnswer();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("msg", "");
        answer.put("data", output(run));
        answer.put("debug_url", debugUrl(run));
        answer.put("usage", usage());
        return answered(answer);
    }

    private SimulatorResponse history(String workflowId, String executeId, String token, SimulatorContext context) {
        if (!NUMBER.matcher(workflowId).matches() || !NUMBER.matcher(executeId).matches()) {
            return invalid("workflow_id and execute_id must be IDs");
        }
        SimulatedRun run = context.run(id(), executeId);
        if (run == null || !run.workflowId().equals(workflowId) || !token.equals(tokenByRunId.get(executeId))) {
            return error(4314, "execute record not found");
        }
        Instant now = context.clock().instant();
        RunState state = context.stateOf(run);
        Instant endedAt = context.endOf(run, state);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("execute_id", run.runId());
        entry.put("execute_status", status(state));
        entry.put("bot_id", botIds.getOrDefault(run.runId(), "0"));
        entry.put("connector_id", "1024");
        entry.put("connector_uid", "2236870734640000");
        entry.put("run_mode", runModes.getOrDefault(run.runId(), 2));
        entry.put("logid", logId(run.startedAt()));
        entry.put("create_time", run.startedAt().getEpochSecond());
        entry.put("update_time", (endedAt != null ? endedAt : now).getEpochSecond());
        // the simulated workflow's end node echoes its inputs, so tests can see what arrived
        entry.put("output", state == RunState.SUCCEEDED ? output(run) : "");
        entry.put("error_code", state == RunState.FAILED ? "5000" : "");
        entry.put("error_message", state == RunState.FAILED ? "simulated failure" : "");
        entry.put("debug_url", debugUrl(run));
        entry.put("usage", usage());
        entry.put("is_output_trimmed", false);
        if (state == RunState.RUNNING && run.isWaitingAt(now)) {
            entry.put("interrupt_data", interrupt(run));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", 0);
        answer.put("msg", "");
        answer.put("data", List.of(entry));
        return answered(answer);
    }

    /** Coze's own status text for a state; Coze has no pending state of its own. */
    static String status(RunState state) {
        return switch (state) {
            case PENDING, RUNNING -> "Running";
            case SUCCEEDED -> "Success";
            case FAILED -> "Fail";
            // Coze's API stops no run; Coze Studio's status for a run stopped from its UI
            case CANCELLED -> "Cancel";
        };
    }

    /** A run waiting at an input node (interrupt type 5) for the resume API. */
    private static Map<String, Object> interrupt(SimulatedRun run) {
        Map<String, Object> interrupt = new LinkedHashMap<>();
        interrupt.put("data", "{\"content_type\":\"text\",\"content\":\"Please enter your name\"}");
        interrupt.put("type", 5);
        interrupt.put("event_id", run.runId() + "/1");
        interrupt.put("required_parameters", Map.of("name", Map.of("type", "string", "required", true)));
        return interrupt;
    }

    /** The end node's output, as Coze gives it: JSON text, the end node's own under {@code Output}. */
    private static String output(SimulatedRun run) {
        return SimulatorResponse.jsonText(Map.of("Output", SimulatorResponse.jsonText(run.parameters())));
    }

    private static Map<String, Object> usage() {
        return Map.of("input_count", 50, "output_count", 100, "token_count", 150);
    }

    private static String debugUrl(SimulatedRun run) {
        return "https://www.coze.com/work_flow?execute_id=" + run.runId() + "&space_id=7309760604397600000&workflow_id="
               + run.workflowId();
    }

    /** A run's ID: a 64-bit number, as text. */
    private static String executeId() {
        return "7" + String.format("%018d", RANDOM.nextLong(1_000_000_000_000_000_000L));
    }

    /** Coze's log IDs: the time to the second, then hex. */
    private static String logId(Instant at) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        return LOG_ID_TIME.format(at) + HexFormat.of().withUpperCase().formatHex(random);
    }

    private static SimulatorResponse answered(Map<String, Object> answer) {
        String logId = logId(Instant.now());
        answer.put("detail", Map.of("logid", logId));
        return SimulatorResponse.json(200, answer).withHeader(LOG_ID_HEADER, logId);
    }

    private static SimulatorResponse invalid(String why) {
        return error(4000, "invalid request param: " + why);
    }

    /** A path Coze does not serve: the gateway's answer, not Coze's shape. */
    private static SimulatorResponse notFound() {
        return SimulatorResponse.text(404, "text/plain", "404 page not found");
    }

    /** The system's request limit reached: Coze's 4009, HTTP 200. Throttling: nothing was started. */
    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(SYSTEM_BUSY, "已达系统请求上限，请稍后重试");
    }

    /** Coze's error answer: HTTP 200, a code other than 0, its message, and the log ID. */
    public static SimulatorResponse error(int code, String msg) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("msg", msg);
        return answered(answer);
    }
}
