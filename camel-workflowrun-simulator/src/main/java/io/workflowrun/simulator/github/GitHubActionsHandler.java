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
package io.workflowrun.simulator.github;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * GitHub's REST API for Actions, as far as a workflow's runs go: {@code workflow_dispatch} with and without
 * {@code return_run_details}, a run's status and conclusion, its cancel; the repository and workflow reads an SDK makes
 * first; GitHub's auth: tokens the simulator knows (its keys), GitHub App JWTs verified with the App's public key
 * ({@link GitHubApp}, {@link GitHubAppJwtVerifier}), and installation tokens that expire an hour after they are issued,
 * by the simulator's clock. Errors have GitHub's shape ({@code message}, {@code documentation_url}, {@code status}) and
 * every answer an {@code x-github-request-id}.
 * <p>
 * What a token's server is: the value a test registers a token with ({@code addKey(ID, token, value)}) may be
 * {@link #SERVER_REFUSING_RUN_DETAILS} or {@link #SERVER_IGNORING_RUN_DETAILS}, to have the dispatches made with that
 * token answered as by a server that does not have {@code return_run_details}; any other value is github.com.
 */
public final class GitHubActionsHandler implements ProviderHandler {

    public static final String ID = "github-actions";
    /** The sample's workflow: {@code owner/repo/workflow file}. */
    public static final String WORKFLOW_ID = "octo-org/hello-world/ci.yml";
    /** A token's server that refuses {@code return_run_details} as an unknown key (GitHub Enterprise Server 3.20 and earlier). */
    public static final String SERVER_REFUSING_RUN_DETAILS = "github-enterprise-server-3.20";
    /** A token's server that ignores {@code return_run_details}: it starts the run and answers 204 without its details. */
    public static final String SERVER_IGNORING_RUN_DETAILS = "server-ignoring-return-run-details";
    /** GitHub: "Installation access tokens expire one hour from the time you create them." */
    public static final Duration INSTALLATION_TOKEN_LIFETIME = Duration.ofHours(1);

    static final String DOCS = "https://docs.github.com/rest";
    private static final Set<String> API_VERSIONS = Set.of("2022-11-28", "2026-03-10");
    private static final Set<String> DISPATCH_KEYS = Set.of("ref", "inputs", "return_run_details");
    private static final int MAX_INPUTS = 25;

    private static final String REPO = "/repos/([^/]+)/([^/]+)";
    private static final Pattern REPOSITORY = Pattern.compile(REPO);
    private static final Pattern WORKFLOW = Pattern.compile(REPO + "/actions/workflows/([^/]+)");
    private static final Pattern DISPATCHES = Pattern.compile(REPO + "/actions/workflows/([^/]+)/dispatches");
    private static final Pattern RUN = Pattern.compile(REPO + "/actions/runs/([0-9]+)");
    private static final Pattern CANCEL = Pattern.compile(REPO + "/actions/runs/([0-9]+)/cancel");
    private static final Pattern ACCESS_TOKENS = Pattern.compile("/app/installations/([^/]+)/access_tokens");
    private static final Pattern INSTALLATION = Pattern.compile("/app/installations/([^/]+)");
    private static final Pattern WORKFLOW_FILE = Pattern.compile("[^/]+\\.ya?ml");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TOKEN_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** Installation tokens issued, and when each expires. */
    private final Map<String, Instant> installationTokens = new ConcurrentHashMap<>();
    /** Each workflow's numeric ID, as {@code owner/repo/file} in lower case, and back. */
    private final Map<Long, String> workflowsById = new ConcurrentHashMap<>();
    /** What a run was dispatched with that {@link SimulatedRun} does not keep. */
    private final Map<String, Dispatch> dispatches = new ConcurrentHashMap<>();
    private final AtomicLong runIds = new AtomicLong(30_433_642_000L + RANDOM.nextInt(1_000_000));
    private final AtomicLong runNumbers = new AtomicLong();

    private record Dispatch(String owner, String repo, String file, long workflowNumber, String ref, long runNumber, String headSha) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.of(ID, WORKFLOW_ID, Map.of("ref", "main"), "token", WorkflowRunSimulator.API_KEY, null, null);
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        return withApiHeaders(answer(request, context), request);
    }

    private SimulatorResponse answer(SimulatorRequest request, SimulatorContext context) {
        if (request.header("User-Agent") == null || request.header("User-Agent").isBlank()) {
            // GitHub's answer to a request without one, before anything else is looked at
            return SimulatorResponse.text(403, "text/plain", "Request forbidden by administrative rules. Please make sure your request "
                                                             + "has a User-Agent header (https://docs.github.com/en/rest/overview/"
                                                             + "resources-in-the-rest-api#user-agent-required). Check "
                                                             + "https://developer.github.com for other possible causes.");
        }
        String version = request.header("X-GitHub-Api-Version");
        if (version != null && !API_VERSIONS.contains(version)) {
            return error(400, "API version " + version + " is not supported.", DOCS + "/about-the-rest-api/api-versions");
        }
        String path = request.rawPath();
        if (path.equals("/app") || path.startsWith("/app/")) {
            return app(request, context, path);
        }
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return error(401, "Requires authentication", DOCS);
        }
        String server = server(credential(authorization), context);
        if (server == null) {
            return error(401, "Bad credentials", DOCS);
        }
        return route(request, context, path, server);
    }

    private SimulatorResponse route(SimulatorRequest request, SimulatorContext context, String path, String server) {
        boolean get = request.method().equals("GET");
        boolean post = request.method().equals("POST");
        Matcher matcher;
        if (post && (matcher = DISPATCHES.matcher(path)).matches()) {
            return dispatch(request, context, decode(matcher.group(1)), decode(matcher.group(2)), decode(matcher.group(3)), server);
        }
        if (post && (matcher = CANCEL.matcher(path)).matches()) {
            return cancel(context, decode(matcher.group(1)), decode(matcher.group(2)), matcher.group(3));
        }
        if (get && (matcher = RUN.matcher(path)).matches()) {
            SimulatedRun run = runOf(context, decode(matcher.group(1)), decode(matcher.group(2)), matcher.group(3));
            return run == null ? notFound("actions/workflow-runs#get-a-workflow-run") : SimulatorResponse.json(200, run(request, context, run));
        }
        if (get && (matcher = WORKFLOW.matcher(path)).matches()) {
            String owner = decode(matcher.group(1));
            String repo = decode(matcher.group(2));
            String file = workflowFile(owner, repo, decode(matcher.group(3)));
            return file == null ? notFound("actions/workflows#get-a-workflow")
                    : SimulatorResponse.json(200, workflow(request, owner, repo, file));
        }
        if (get && (matcher = REPOSITORY.matcher(path)).matches()) {
            return SimulatorResponse.json(200, repository(request, decode(matcher.group(1)), decode(matcher.group(2))));
        }
        return notFound("");
    }

    /** The token of an {@code Authorization: Bearer ...} or {@code Authorization: token ...} header. */
    private static String credential(String authorization) {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? "" : authorization.substring(0, space).toLowerCase(Locale.ROOT);
        return scheme.equals("bearer") || scheme.equals("token") ? authorization.substring(space + 1).strip() : null;
    }

    /** Which server a token reaches: what it was registered with, github.com for an installation token; null when unknown. */
    private String server(String token, SimulatorContext context) {
        if (token == null) {
            return null;
        }
        String registered = context.secretOf(ID, token);
        if (registered != null) {
            return registered;
        }
        Instant expires = installationTokens.get(token);
        return expires != null && context.clock().instant().isBefore(expires) ? "github.com" : null;
    }

    // ---- the App's own endpoints, authenticated by its JWT

    private SimulatorResponse app(SimulatorRequest request, SimulatorContext context, String path) {
        String authorization = request.header("Authorization");
        String jwt = authorization == null ? null : credential(authorization);
        if (jwt == null) {
            return error(401, GitHubAppJwtVerifier.NOT_DECODED, DOCS);
        }
        Instant now = context.clock().instant();
        String refusal = GitHubAppJwtVerifier.refusal(jwt, GitHubApp.ID, GitHubApp.CLIENT_ID, GitHubApp.publicKey(), now);
        if (refusal != null) {
            return error(401, refusal, DOCS);
        }
        Matcher matcher;
        if (request.method().equals("POST") && (matcher = ACCESS_TOKENS.matcher(path)).matches()) {
            return decode(matcher.group(1)).equals(GitHubApp.INSTALLATION_ID) ? installationToken(now)
                    : notFound("apps/apps#create-an-installation-access-token-for-an-app");
        }
        if (request.method().equals("GET") && (matcher = INSTALLATION.matcher(path)).matches()) {
            return decode(matcher.group(1)).equals(GitHubApp.INSTALLATION_ID) ? SimulatorResponse.json(200, installation(request))
                    : notFound("apps/apps#get-an-installation-for-the-authenticated-app");
        }
        if (request.method().equals("GET") && path.equals("/app")) {
            return SimulatorResponse.json(200, app(request));
        }
        return notFound("");
    }

    /** {@code POST /app/installations/{installation_id}/access_tokens}: a token for an hour. */
    private SimulatorResponse installationToken(Instant now) {
        StringBuilder token = new StringBuilder("ghs_");
        for (int i = 0; i < 36; i++) {
            token.append(TOKEN_CHARACTERS.charAt(RANDOM.nextInt(TOKEN_CHARACTERS.length())));
        }
        Instant expires = now.plus(INSTALLATION_TOKEN_LIFETIME).truncatedTo(ChronoUnit.SECONDS);
        installationTokens.put(token.toString(), expires);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", token.toString());
        answer.put("expires_at", expires.toString());
        answer.put("permissions", Map.of("actions", "write", "metadata", "read"));
        answer.put("repository_selection", "selected");
        return SimulatorResponse.json(201, answer);
    }

    /** {@code GET /app}: the App. */
    private static Map<String, Object> app(SimulatorRequest request) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", Long.parseLong(GitHubApp.ID));
        answer.put("slug", "workflowrun-simulator");
        answer.put("client_id", GitHubApp.CLIENT_ID);
        answer.put("node_id", "A_" + GitHubApp.ID);
        answer.put("name", "workflowrun simulator");
        answer.put("owner", account(request, "octo-org"));
        answer.put("external_url", "https://example.com");
        answer.put("html_url", "https://github.com/apps/workflowrun-simulator");
        answer.put("permissions", Map.of("actions", "write", "metadata", "read"));
        answer.put("events", List.of());
        answer.put("installations_count", 1);
        answer.put("created_at", "2026-01-05T09:00:00Z");
        answer.put("updated_at", "2026-01-05T09:00:00Z");
        return answer;
    }

    /** {@code GET /app/installations/{installation_id}}: the App's installation on the sample's account. */
    private static Map<String, Object> installation(SimulatorRequest request) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", Long.parseLong(GitHubApp.INSTALLATION_ID));
        answer.put("app_id", Long.parseLong(GitHubApp.ID));
        answer.put("app_slug", "workflowrun-simulator");
        answer.put("client_id", GitHubApp.CLIENT_ID);
        answer.put("account", account(request, "octo-org"));
        answer.put("target_type", "Organization");
        answer.put("repository_selection", "selected");
        answer.put("access_tokens_url", apiUrl(request) + "/app/installations/" + GitHubApp.INSTALLATION_ID + "/access_tokens");
        answer.put("repositories_url", apiUrl(request) + "/installation/repositories");
        answer.put("html_url", "https://github.com/organizations/octo-org/settings/installations/" + GitHubApp.INSTALLATION_ID);
        answer.put("permissions", Map.of("actions", "write", "metadata", "read"));
        answer.put("events", List.of());
        answer.put("created_at", "2026-01-05T09:00:00Z");
        answer.put("updated_at", "2026-01-05T09:00:00Z");
        return answer;
    }

    // ---- POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches

    private SimulatorResponse dispatch(SimulatorRequest request, SimulatorContext context, String owner, String repo, String workflowId,
                                       String server) {
        String file = workflowFile(owner, repo, workflowId);
        if (file == null) {
            return notFound("actions/workflows#create-a-workflow-dispatch-event");
        }
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null) {
            return error(400, "Problems parsing JSON", DOCS + "/actions/workflows#create-a-workflow-dispatch-event");
        }
        for (String key : body.keySet()) {
            boolean known = DISPATCH_KEYS.contains(key) && !(key.equals("return_run_details") && server.equals(SERVER_REFUSING_RUN_DETAILS));
            if (!known) {
                return invalid("\"" + key + "\" is not a permitted key.");
            }
        }
        Object ref = body.get("ref");
        if (ref == null) {
            return invalid("\"ref\" wasn't supplied.");
        }
        if (!(ref instanceof String refText) || refText.isBlank()) {
            return invalid("For 'properties/ref', " + ruby(ref) + " is not a string.");
        }
        Object inputs = body.getOrDefault("inputs", Map.of());
        if (!(inputs instanceof Map<?, ?> inputMap)) {
            return invalid("For 'properties/inputs', " + ruby(inputs) + " is not an object.");
        }
        if (inputMap.size() > MAX_INPUTS) {
            return invalid("No more than " + MAX_INPUTS + " properties are allowed; " + inputMap.size() + " were supplied.");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (Map.Entry<?, ?> input : inputMap.entrySet()) {
            if (!(input.getValue() instanceof String)) {
                return invalid("For 'additionalProperties', " + ruby(input.getValue()) + " is not a string.");
            }
            parameters.put(input.getKey().toString(), input.getValue());
        }
        Object details = body.getOrDefault("return_run_details", false);
        if (!(details instanceof Boolean returnDetails)) {
            return invalid("For 'properties/return_run_details', " + ruby(details) + " is not a boolean.");
        }
        String runId = Long.toString(runIds.incrementAndGet());
        context.startRun(ID, owner + "/" + repo + "/" + file, runId, parameters);
        dispatches.put(runId, new Dispatch(owner, repo, file, workflowNumber(owner, repo, file), refText, runNumbers.incrementAndGet(),
                sha()));
        if (!returnDetails || server.equals(SERVER_IGNORING_RUN_DETAILS)) {
            return SimulatorResponse.empty(204);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workflow_run_id", Long.parseLong(runId));
        answer.put("run_url", apiUrl(request) + "/repos/" + owner + "/" + repo + "/actions/runs/" + runId);
        answer.put("html_url", "https://github.com/" + owner + "/" + repo + "/actions/runs/" + runId);
        return SimulatorResponse.json(200, answer);
    }

    // ---- the run

    private SimulatedRun runOf(SimulatorContext context, String owner, String repo, String runId) {
        SimulatedRun run = context.run(ID, runId);
        Dispatch dispatch = dispatches.get(runId);
        // a run is found through its own repository only
        return run == null || dispatch == null || !dispatch.owner().equalsIgnoreCase(owner) || !dispatch.repo().equalsIgnoreCase(repo)
                ? null : run;
    }

    private SimulatorResponse cancel(SimulatorContext context, String owner, String repo, String runId) {
        SimulatedRun run = runOf(context, owner, repo, runId);
        if (run == null) {
            return notFound("actions/workflow-runs#cancel-a-workflow-run");
        }
        if (!context.cancel(run)) {
            return error(409, "Cannot cancel a workflow run that is completed.", DOCS + "/actions/workflow-runs#cancel-a-workflow-run");
        }
        return SimulatorResponse.json(202, Map.of());
    }

    /** The run as {@code GET /repos/{owner}/{repo}/actions/runs/{run_id}} shows it (the fields a client reads, and some). */
    private Map<String, Object> run(SimulatorRequest request, SimulatorContext context, SimulatedRun run) {
        Dispatch dispatch = dispatches.get(run.runId());
        RunState state = context.stateOf(run);
        Instant now = context.clock().instant();
        String status = switch (state) {
            case PENDING -> "queued";
            case RUNNING -> run.isWaitingAt(now) ? "waiting" : "in_progress";
            case SUCCEEDED, FAILED, CANCELLED -> "completed";
        };
        String conclusion = switch (state) {
            case SUCCEEDED -> "success";
            case FAILED -> "failure";
            case CANCELLED -> "cancelled";
            default -> null;
        };
        Instant ended = context.endOf(run, state);
        String repository = dispatch.owner() + "/" + dispatch.repo();
        String api = apiUrl(request) + "/repos/" + repository;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", Long.parseLong(run.runId()));
        answer.put("name", name(dispatch.file()));
        answer.put("node_id", "WFR_" + run.runId());
        answer.put("head_branch", dispatch.ref());
        answer.put("head_sha", dispatch.headSha());
        answer.put("path", ".github/workflows/" + dispatch.file());
        answer.put("display_title", name(dispatch.file()));
        answer.put("run_number", dispatch.runNumber());
        answer.put("event", "workflow_dispatch");
        answer.put("status", status);
        answer.put("conclusion", conclusion);
        answer.put("workflow_id", dispatch.workflowNumber());
        answer.put("url", api + "/actions/runs/" + run.runId());
        answer.put("html_url", "https://github.com/" + repository + "/actions/runs/" + run.runId());
        answer.put("created_at", run.startedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        answer.put("updated_at", (ended != null ? ended : run.startedAt()).truncatedTo(ChronoUnit.SECONDS).toString());
        answer.put("run_attempt", 1);
        answer.put("run_started_at", run.startedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        answer.put("jobs_url", api + "/actions/runs/" + run.runId() + "/jobs");
        answer.put("logs_url", api + "/actions/runs/" + run.runId() + "/logs");
        answer.put("cancel_url", api + "/actions/runs/" + run.runId() + "/cancel");
        answer.put("rerun_url", api + "/actions/runs/" + run.runId() + "/rerun");
        answer.put("workflow_url", api + "/actions/workflows/" + dispatch.workflowNumber());
        answer.put("pull_requests", List.of());
        answer.put("repository", repository(request, dispatch.owner(), dispatch.repo()));
        return answer;
    }

    // ---- what an SDK reads before it dispatches

    /** The workflow's file name, for a file name or a numeric ID the simulator handed out; null when there is none. */
    private String workflowFile(String owner, String repo, String workflowId) {
        if (WORKFLOW_FILE.matcher(workflowId).matches()) {
            workflowNumber(owner, repo, workflowId);
            return workflowId;
        }
        if (workflowId.chars().allMatch(Character::isDigit) && !workflowId.isEmpty() && workflowId.length() < 19) {
            String known = workflowsById.get(Long.parseLong(workflowId));
            String prefix = (owner + "/" + repo + "/").toLowerCase(Locale.ROOT);
            return known != null && known.toLowerCase(Locale.ROOT).startsWith(prefix) ? known.substring(prefix.length()) : null;
        }
        return null;
    }

    /** A workflow's numeric ID, the same each time it is asked for. */
    private long workflowNumber(String owner, String repo, String file) {
        String key = owner + "/" + repo + "/" + file;
        long number = 100_000L + Math.floorMod(key.toLowerCase(Locale.ROOT).hashCode(), 900_000_000L);
        workflowsById.putIfAbsent(number, key);
        return number;
    }

    private Map<String, Object> workflow(SimulatorRequest request, String owner, String repo, String file) {
        long number = workflowNumber(owner, repo, file);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", number);
        answer.put("node_id", "W_" + number);
        answer.put("name", name(file));
        answer.put("path", ".github/workflows/" + file);
        answer.put("state", "active");
        answer.put("created_at", "2026-01-05T09:00:00Z");
        answer.put("updated_at", "2026-01-05T09:00:00Z");
        answer.put("url", apiUrl(request) + "/repos/" + owner + "/" + repo + "/actions/workflows/" + number);
        answer.put("html_url", "https://github.com/" + owner + "/" + repo + "/blob/main/.github/workflows/" + file);
        answer.put("badge_url", "https://github.com/" + owner + "/" + repo + "/workflows/" + name(file) + "/badge.svg");
        return answer;
    }

    private static Map<String, Object> repository(SimulatorRequest request, String owner, String repo) {
        long id = 1_000_000L + Math.floorMod((owner + "/" + repo).toLowerCase(Locale.ROOT).hashCode(), 900_000_000L);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("node_id", "R_" + id);
        answer.put("name", repo);
        answer.put("full_name", owner + "/" + repo);
        answer.put("private", true);
        answer.put("owner", account(request, owner));
        answer.put("html_url", "https://github.com/" + owner + "/" + repo);
        answer.put("url", apiUrl(request) + "/repos/" + owner + "/" + repo);
        answer.put("default_branch", "main");
        return answer;
    }

    private static Map<String, Object> account(SimulatorRequest request, String login) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("login", login);
        account.put("id", 1_000L + Math.floorMod(login.toLowerCase(Locale.ROOT).hashCode(), 900_000L));
        account.put("type", "Organization");
        account.put("url", apiUrl(request) + "/users/" + login);
        return account;
    }

    // ----

    /** GitHub's primary rate limit's answer: 403 with the limit used up, until the next full second here. */
    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        long reset = request.receivedAt().getEpochSecond() + 1;
        String requestId = requestId();
        return error(403, "API rate limit exceeded for user ID 1. If you reach out to GitHub Support for help, please include the "
                          + "request ID " + requestId + ".", DOCS + "/overview/rate-limits-for-the-rest-api")
                .withHeader("x-github-request-id", requestId)
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", "0")
                .withHeader("x-ratelimit-used", "5000")
                .withHeader("x-ratelimit-reset", Long.toString(reset))
                .withHeader("x-ratelimit-resource", "core");
    }

    private static SimulatorResponse withApiHeaders(SimulatorResponse response, SimulatorRequest request) {
        return response.withHeader("x-github-request-id", requestId())
                .withHeader("x-github-api-version-selected", request.header("X-GitHub-Api-Version") != null
                        ? request.header("X-GitHub-Api-Version") : "2022-11-28")
                .withHeader("x-ratelimit-limit", "5000")
                .withHeader("x-ratelimit-remaining", "4999")
                .withHeader("x-ratelimit-used", "1")
                .withHeader("x-ratelimit-reset", Long.toString(request.receivedAt().plus(Duration.ofHours(1)).getEpochSecond()))
                .withHeader("x-ratelimit-resource", "core");
    }

    /** As GitHub writes one: five hex groups, such as {@code C3D4:1A2B:5E6F7:8A9B0C:65A1B2C3}. */
    private static String requestId() {
        HexFormat hex = HexFormat.of().withUpperCase();
        return hex.toHexDigits((short) RANDOM.nextInt()) + ":" + hex.toHexDigits((short) RANDOM.nextInt()) + ":"
               + Integer.toHexString(RANDOM.nextInt(0xFFFFF)).toUpperCase(Locale.ROOT) + ":"
               + Integer.toHexString(RANDOM.nextInt(0xFFFFFF)).toUpperCase(Locale.ROOT) + ":" + hex.toHexDigits(RANDOM.nextInt());
    }

    static SimulatorResponse error(int status, String message, String documentation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("documentation_url", documentation);
        body.put("status", Integer.toString(status));
        return SimulatorResponse.json(status, body);
    }

    private static SimulatorResponse notFound(String page) {
        return error(404, "Not Found", page.isEmpty() ? DOCS : DOCS + "/" + page);
    }

    /** GitHub's 422 for a request body its schema refuses. */
    private static SimulatorResponse invalid(String why) {
        return error(422, "Invalid request.\n\n" + why, DOCS + "/actions/workflows#create-a-workflow-dispatch-event");
    }

    /** A JSON value as GitHub's (Ruby) validator quotes it: {@code nil}, {@code true}, {@code 42}, {@code "text"}. */
    private static String ruby(Object value) {
        return value == null ? "nil" : value instanceof String ? "\"" + value + "\"" : SimulatorResponse.jsonText(value);
    }

    /** The API's own base, as the caller reached it. */
    private static String apiUrl(SimulatorRequest request) {
        String host = request.header("Host");
        return "http://" + (host == null ? "127.0.0.1" : host);
    }

    private static String name(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    private static String sha() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
