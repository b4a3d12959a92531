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
package io.workflowrun.simulator.airflow;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
import io.workflowrun.simulator.WorkflowRunSimulator;

/**
 * The API server of Apache Airflow 3: the simple auth manager's {@code POST /auth/token} (a user and password from the
 * simulator's keys for a JWT), and the REST API v2's DAG runs, {@code POST /api/v2/dags/{dag_id}/dagRuns},
 * {@code GET} and {@code PATCH /api/v2/dags/{dag_id}/dagRuns/{dag_run_id}}, each checking its bearer JWT. Modelled on
 * {@code airflow-core/src/airflow/api_fastapi} (routes {@code core_api/routes/public/dag_run.py}, the body models of
 * {@code core_api/datamodels/dag_run.py}, the checks of {@code core_api/security.py} and {@code auth/tokens.py}, the
 * HTTP 409 of {@code common/exceptions.py}) and its OpenAPI spec; errors in FastAPI's {@code {"detail": ...}}.
 */
public final class AirflowHandler implements ProviderHandler {

    /** The DAG of the sample: deployed on the simulated server, like {@link #TEARDOWN_DAG_ID}; any other DAG is unknown. */
    public static final String DAG_ID = "process_order";
    /**
     * A DAG with a teardown task: failing one of its runs (the cancel) leaves it running until its teardown is done,
     * then it ends failed, as Airflow's {@code set_dag_run_state_to_failed} does.
     */
    public static final String TEARDOWN_DAG_ID = "process_order_with_teardown";
    /** {@code [api_auth] jwt_expiration_time}'s default. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(24);
    /** {@code [scheduler] allowed_run_id_pattern}'s default. */
    static final Pattern ALLOWED_RUN_ID = Pattern.compile("^[A-Za-z0-9_.~:+-]+$");
    /** The run types whose ID prefix a manual run may not take ({@code DagRunType}). */
    private static final List<String> RESERVED_RUN_TYPES = List.of("backfill", "scheduled", "asset_triggered", "asset_materialization");
    private static final Pattern RUNS = Pattern.compile("/api/v2/dags/([^/]+)/dagRuns");
    private static final Pattern RUN = Pattern.compile("/api/v2/dags/([^/]+)/dagRuns/([^/]+)");
    private static final Set<String> TRIGGER_FIELDS = Set.of("dag_run_id", "data_interval_start", "data_interval_end",
            "logical_date", "run_after", "conf", "note");
    private static final Set<String> PATCH_STATES = Set.of("queued", "success", "failed");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    /** What Airflow keeps of a run besides its timeline: who started it, its note, a state a PATCH set. */
    private final Map<SimulatedRun, Extra> extras = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * @param user      who triggered it (the token's subject)
     * @param note      its note, or null
     * @param patched   the state a PATCH set, or null
     * @param afterTeardown whether the patched state holds only once the run's timeline has ended (a teardown DAG)
     */
    private record Extra(String user, String note, String patched, boolean afterTeardown) {
    }

    @Override
    public String id() {
        return "airflow";
    }

    /** A user and password of the simulator's keys, which the client exchanges for a token. */
    @Override
    public ProviderSample sample() {
        return ProviderSample.of(id(), DAG_ID, Map.of(), "username", WorkflowRunSimulator.ACCESS_KEY, "password",
                WorkflowRunSimulator.SECRET_KEY);
    }

    /** How long the tokens issued from now on live ({@code [api_auth] jwt_expiration_time}); a short one for tests. */
    public void setTokenLifetime(Duration lifetime) {
        if (lifetime == null || lifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("A token lives a whole second at least, not " + lifetime);
        }
        this.tokenLifetime = lifetime;
    }

    @Override
    public void reset() {
        tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        extras.clear();
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        if (request.rawPath().equals("/auth/token")) {
            return token(request, context);
        }
        Matcher runs = RUNS.matcher(request.rawPath());
        Matcher run = RUN.matcher(request.rawPath());
        boolean isRuns = runs.matches();
        boolean isRun = !isRuns && run.matches();
        if (!isRuns && !isRun) {
            return detail(404, "Not Found");
        }
        if (isRuns && !request.method().equals("POST") || isRun && !request.method().equals("GET") && !request.method().equals("PATCH")) {
            return detail(405, "Method Not Allowed");
        }
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return detail(401, "Not authenticated").withHeader("WWW-Authenticate", "Bearer");
        }
        AirflowJwt.Check check = AirflowJwt.check(authorization.substring(7).trim(), context.clock().instant());
        if (check instanceof AirflowJwt.Expired) {
            return detail(401, "Token Expired");
        }
        if (!(check instanceof AirflowJwt.Valid valid)) {
            return detail(403, "Invalid JWT token");
        }
        if (isRuns) {
            return trigger(decode(runs.group(1)), valid.user(), request, context);
        }
        String dagId = decode(run.group(1));
        String runId = decode(run.group(2));
        SimulatedRun found = context.run(id(), runId);
        if (found == null || !found.workflowId().equals(dagId)) {
            return detail(404, "The DagRun with dag_id: `" + dagId + "` and run_id: `" + runId + "` was not found");
        }
        return request.method().equals("GET") ? SimulatorResponse.json(200, dagRun(found, context)) : patch(found, request, context);
    }

    /** {@code POST /auth/token} of the simple auth manager: HTTP 201 {@code {"access_token"}}. */
    private SimulatorResponse token(SimulatorRequest request, SimulatorContext context) {
        if (request.method().equals("GET")) {
            return detail(403, "This method is only allowed if ``[core] simple_auth_manager_all_admins`` is True");
        }
        if (!request.method().equals("POST")) {
            return detail(405, "Method Not Allowed");
        }
        String type = request.header("Content-Type");
        Map<String, Object> body;
        if (type != null && type.startsWith("application/json")) {
            body = JsonBodies.object(request);
        } else if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            body = form(request.bodyText());
        } else {
            return detail(415, "Unsupported Media Type");
        }
        if (body == null || !(body.get("username") instanceof String username) || !(body.get("password") instanceof String password)) {
            return detail(422, "1 validation error for LoginBody: username and password are required strings");
        }
        if (username.isEmpty() || password.isEmpty()) {
            return detail(400, "Username and password must be provided");
        }
        if (!password.equals(context.secretOf(id(), username))) {
            return detail(401, "Invalid credentials");
        }
        return SimulatorResponse.json(201, Map.of("access_token", AirflowJwt.issue(username, context.clock().instant(), tokenLifetime)));
    }

    private SimulatorResponse trigger(String dagId, String user, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return validation(List.of("body"), "model_attributes_type", "Input should be a valid dictionary or object to extract fields from");
        }
        List<Map<String, Object>> errors = new ArrayList<>();
        for (String field : body.keySet()) {
            if (!TRIGGER_FIELDS.contains(field)) {
                errors.add(error(List.of("body", field), "extra_forbidden", "Extra inputs are not permitted"));
            }
        }
        if (!body.containsKey("logical_date")) {
            errors.add(error(List.of("body", "logical_date"), "missing", "Field required"));
        } else if (body.get("logical_date") != null && !isAwareDateTime(body.get("logical_date"))) {
            errors.add(error(List.of("body", "logical_date"), "timezone_aware", "Input should have timezone info"));
        }
        if (body.get("dag_run_id") != null && !(body.get("dag_run_id") instanceof String)) {
            errors.add(error(List.of("body", "dag_run_id"), "string_type", "Input should be a valid string"));
        }
        if (body.get("conf") != null && !(body.get("conf") instanceof Map<?, ?>)) {
            errors.add(error(List.of("body", "conf"), "dict_type", "Input should be a valid dictionary"));
        }
        if (!errors.isEmpty()) {
            return SimulatorResponse.json(422, Map.of("detail", errors));
        }
        if (!dagId.equals(DAG_ID) && !dagId.equals(TEARDOWN_DAG_ID)) {
            return detail(404, "DAG with dag_id: '" + dagId + "' not found");
        }
        Instant now = context.clock().instant();
        String runId = body.get("dag_run_id") instanceof String given && !given.isEmpty() ? given : generatedRunId(now);
        if (!ALLOWED_RUN_ID.matcher(runId).matches()) {
            return detail(400, "The run_id provided '" + runId + "' does not match regex pattern '" + ALLOWED_RUN_ID.pattern()
                               + "' or '^(?:manual|scheduled|asset_triggered)__(?:\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00)$'");
        }
        for (String reserved : RESERVED_RUN_TYPES) {
            if (runId.startsWith(reserved + "__")) {
                return detail(400, "A manual DAG run cannot use ID '" + runId + "' since it is reserved for " + reserved + " runs");
            }
        }
        SimulatedRun existing = context.run(id(), runId);
        if (existing != null && existing.workflowId().equals(dagId)) {
            return uniqueConstraintViolation();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> conf = body.get("conf") instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : Map.of();
        SimulatedRun started = context.startRun(id(), dagId, runId, conf);
        extras.put(started, new Extra(user, body.get("note") instanceof String note ? note : null, null, false));
        return SimulatorResponse.json(200, dagRun(started, context));
    }

    /** {@code DagRun.generate_run_id} for a manual run without a logical date: its run_after and a random suffix. */
    private static String generatedRunId(Instant now) {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            suffix.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return "manual__" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").format(now.atOffset(ZoneOffset.UTC)) + "_" + suffix;
    }

    /** The HTTP 409 of Airflow's unique constraint handler, as it answers without {@code [api] expose_stacktrace}. */
    private static SimulatorResponse uniqueConstraintViolation() {
        String lookup = Long.toString(Math.abs(RANDOM.nextLong()), 36);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", "Unique constraint violation");
        detail.put("statement", "hidden");
        detail.put("orig_error", "hidden");
        detail.put("message", "Serious error when handling your request. Check logs for more details - you will find it in api server"
                              + " when you look for ID " + lookup);
        return SimulatorResponse.json(409, Map.of("detail", detail));
    }

    /** {@code PATCH}: the state (queued, success, failed) and the note; failed is Airflow's way to stop a run. */
    private SimulatorResponse patch(SimulatedRun run, SimulatorRequest request, SimulatorContext context) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return validation(List.of("body"), "model_attributes_type", "Input should be a valid dictionary or object to extract fields from");
        }
        for (String field : body.keySet()) {
            if (!field.equals("state") && !field.equals("note")) {
                return validation(List.of("body", field), "extra_forbidden", "Extra inputs are not permitted");
            }
        }
        Object state = body.get("state");
        if (state != null && !PATCH_STATES.contains(state)) {
            return validation(List.of("body", "state"), "enum", "Input should be 'queued', 'success' or 'failed'");
        }
        Extra extra = extras.getOrDefault(run, new Extra(null, null, null, false));
        if (body.containsKey("note")) {
            extra = new Extra(extra.user(), body.get("note") == null ? null : body.get("note").toString(), extra.patched(), extra.afterTeardown());
        }
        if (state != null) {
            boolean ended = context.stateOf(run).isTerminal() || extra.patched() != null;
            if (state.equals("failed") && run.workflowId().equals(TEARDOWN_DAG_ID) && !ended) {
                // the teardown still has to run: the run keeps its state until then, and ends failed
                extra = new Extra(extra.user(), extra.note(), "failed", true);
            } else {
                // a run that has not ended stops; one that has ended is marked all the same (Airflow does not refuse)
                context.cancel(run);
                extra = new Extra(extra.user(), extra.note(), state.toString(), false);
            }
        }
        extras.put(run, extra);
        return SimulatorResponse.json(200, dagRun(run, context));
    }

    /** The run's {@code DagRunState} now. */
    private String state(SimulatedRun run, SimulatorContext context) {
        RunState state = context.stateOf(run);
        Extra extra = extras.get(run);
        if (extra != null && extra.patched() != null && (!extra.afterTeardown() || state.isTerminal())) {
            return extra.patched();
        }
        return switch (state) {
            case PENDING -> "queued";
            case RUNNING -> "running";
            case SUCCEEDED -> "success";
            case FAILED, CANCELLED -> "failed";
        };
    }

    /** A {@code DAGRunResponse}. */
    private Map<String, Object> dagRun(SimulatedRun run, SimulatorContext context) {
        RunState timeline = context.stateOf(run);
        String state = state(run, context);
        Extra extra = extras.get(run);
        Instant started = run.startedAt().plus(run.pending());
        Instant ended = state.equals("success") || state.equals("failed")
                ? (timeline.isTerminal() ? context.endOf(run, timeline) : context.clock().instant()) : null;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dag_run_id", run.runId());
        answer.put("dag_id", run.workflowId());
        answer.put("logical_date", null);
        answer.put("queued_at", run.startedAt().toString());
        answer.put("start_date", state.equals("queued") ? null : started.toString());
        answer.put("end_date", ended == null ? null : ended.toString());
        answer.put("duration", ended == null ? null : Duration.between(started, ended).toNanos() / 1e9);
        answer.put("data_interval_start", null);
        answer.put("data_interval_end", null);
        answer.put("run_after", run.startedAt().toString());
        answer.put("last_scheduling_decision", null);
        answer.put("run_type", "manual");
        answer.put("state", state);
        answer.put("triggered_by", "rest_api");
        answer.put("triggering_user_name", extra == null ? null : extra.user());
        answer.put("conf", run.parameters());
        answer.put("note", extra == null ? null : extra.note());
        answer.put("dag_versions", List.of());
        answer.put("bundle_version", null);
        answer.put("dag_display_name", run.workflowId());
        return answer;
    }

    private static boolean isAwareDateTime(Object value) {
        try {
            java.time.OffsetDateTime.parse(value.toString());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A path segment as Starlette gives it to the route: percent-decoded ('+' stays '+'). */
    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> form(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int split = pair.indexOf('=');
            if (split > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, split), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static SimulatorResponse detail(int status, String detail) {
        return SimulatorResponse.json(status, Map.of("detail", detail));
    }

    private static Map<String, Object> error(List<String> loc, String type, String message) {
        return Map.of("type", type, "loc", loc, "msg", message);
    }

    private static SimulatorResponse validation(List<String> loc, String type, String message) {
        return SimulatorResponse.json(422, Map.of("detail", List.of(error(loc, type, message))));
    }
}
