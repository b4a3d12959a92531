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
package io.workflowrun.simulator.google;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Google Cloud Workflows: the Workflow Executions API v1 ({@code executions.create}, {@code get}, {@code cancel}) and,
 * on the same port, Google's OAuth 2 token endpoint ({@code POST /token}) that exchanges a service account's assertion
 * for an access token. The API takes only tokens this endpoint issued, until they expire.
 * <p>
 * Accounts: the sample's (its JSON key, with {@code token_uri} {@code /token} resolved against the base URL), and any
 * other a test adds with {@code addKey(ID, clientEmail, publicKey)}, the public key as base64 X.509 (DER).
 */
public final class GoogleWorkflowsHandler implements ProviderHandler {

    public static final String ID = "google-workflows";
    /** The sample's service account. */
    public static final String CLIENT_EMAIL = "workflowrun-sim@sim-project.iam.gserviceaccount.com";
    public static final String PRIVATE_KEY_ID = "5f3b2a9c0d1e4f60718293a4b5c6d7e8f9a0b1c2";
    /** The sample account's private key: made up for the simulator, known to every copy of it, and no real account's. */
    public static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n"
            + "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQDR/W4FIZ9r22sP\n"
            + "vgSlIhy9ewo+/TyE81c1g90gH/4eptgd7yx4xHToNnJjtyjRf2eGeZkUX0JCnFnD\n"
            + "7cZTIHm6DqIypBINBVqTLcarWB21zL8ZvYon0QhF+xE9RmwqxUYpgcySgdIF9j4P\n"
            + "EGa7AUOQLpy9bVbRuEUCZU+IiSkTlxxMLYXsSR8sxUKfN+8y8PhmXqOMzs9Ol8xw\n"
            + "Kg4oyyqsXKSm/wwqy8RojWN8e5OwctrPbt6wO9G+ApaAlsBUGclg5+zZZK1FL/nq\n"
            + "KbZDnMsszoQdiu5hjuH+Yp/OjSn0ZfOksZpt8lYcyOgffeJJfDcifvYUR2EqIKm2\n"
            + "Rfra165jAgMBAAECggEAOivVjZBZ5HwdNXgzOzeu9IKgPQDUAhSTJR0JZbvXHtCj\n"
            + "b+9wx2fM5wMmPx9fLGH54NPQp0cYSPGdIFy/IwoNDpC9OAAhi//eroTw00iOum0k\n"
            + "x1GtcwhCHXjGts3KazLJE/iEHlXeQ46KdIvbmZRpDgkLnKIsed5tJ5O/K5iri2RB\n"
            + "mHz451ABWGqxhLX9Sh6vu3dJfPy8tHXdk22lvbLxQdjghghq/qMXHvVYRfPBZE6W\n"
            + "eg2/+aknrqEEU/ZLEKWqlVY/JlZ0IC8Sqgd2L/HXtExnNIiTV+iBXTs8atGGt1tk\n"
            + "mrT/PnKpTVBQ+tNy5qrgBWCe7CvPTdemhjrIhz0t6QKBgQDqEQVMy1wBa+VJ+Q0o\n"
            + "XTQEX4LL9TJrirqt5ujpOzPu+gG0eJykpgGlYy9GlizRddMOdiNwqOKLjoXu+hka\n"
            + "hNDnbrsO1mfoJ+XAYN5JbfZ39JIlojkrNPZGJ7F/4FnivgUcnC+9SbEIIx9dHC0n\n"
            + "/zKkTIIBU+2PTNIwna8o806eFQKBgQDlqtdvJQ8eOhW12RBWczO58YYjXbW4FcgG\n"
            + "IztnIF9IJpJ2QLr4md5416VyEHRcVfOsPxBgECjuibjhJ9Zl0jUU8tOIJMdLECGP\n"
            + "aKKp6dsRJ8rzAZ5U21l2JqKMqTS1e3h80J4JtT2n8E4Ctm6GytyULAIOavIzTk+c\n"
            + "KpsKHCKwlwKBgA/ZszguFT7rZY2K1f9DwIADT8IsCowJyvZ3ypHwtmWafH8SI9lq\n"
            + "fHYMr2jiRoqwpeg2y9OXPDAjKKK0QPrwv4zMjNJGZqbr/Lz4UlU6oxQgdb0irShl\n"
            + "37+EdJqqQKwAHix/zyPMV7arWjZd8BjjSTSjEbKxUkb/9sPgCbqGL265AoGANYwP\n"
            + "jqplS/be+PcTCBT0CnZ1f+lpZPIvIL82KmUx0fCsVUXiUfQOGr6spFuRxbWEirRp\n"
            + "bPxXjsYthNF0+2h3V9sF1sg8bxPjvzv2MQeFPAq7Fs1ZzQ8XXKTFYWZSE74l6XP6\n"
            + "ZOkM5wrwJVHDk0nZA/L+x73Hmo63oQGOBF1q+SECgYBnpfAxSIUssnhTuY6h3usN\n"
            + "aU9svXEMF1HeeUNf9YJVzAX2aTDncSHetzyM8Eb4dMTcC9FMVlRTiMPFWD8Ysskv\n"
            + "+J/SrXstIEpelM5juY2WRP+8H2IRee1jJb3VG20Ptef+IfVGYlzcNjRSzCXAwK01\n"
            + "ICIyTrfA8FjtGrG8wkMZUQ==\n"
            + "-----END PRIVATE KEY-----\n";
    /** An access token's lifetime unless a test sets another: Google's answers say 3599 seconds. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(3599);
    /** The largest argument Google takes: 32 KiB. */
    static final int MAX_ARGUMENT = 32 * 1024;

    private static final String CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
    private static final Pattern EXECUTIONS = Pattern.compile(
            "/v1/projects/(?<project>[^/]+)/locations/(?<location>[^/]+)/workflows/(?<workflow>[^/]+)/executions"
            + "(?:/(?<execution>[^/:]+)(?<cancel>:cancel)?)?");
    private static final RSAPublicKey SAMPLE_PUBLIC_KEY = publicKeyOf(PRIVATE_KEY);

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    private volatile Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;

    private record Token(String account, List<String> scopes, Instant expiresAt) {
    }

    private record Execution(SimulatedRun run, String name, String argument, String revision) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.keyFile(ID, "order-pipeline", Map.of("projectId", "sim-project", "region", "us-central1"),
                "serviceAccountKey", keyFile(CLIENT_EMAIL, PRIVATE_KEY_ID, PRIVATE_KEY, "/token"));
    }

    /** A service account's JSON key, as the Google Cloud console downloads it (less the URLs a token exchange does not use). */
    public static String keyFile(String clientEmail, String privateKeyId, String privateKeyPem, String tokenUri) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("type", "service_account");
        key.put("project_id", "sim-project");
        key.put("private_key_id", privateKeyId);
        key.put("private_key", privateKeyPem);
        key.put("client_email", clientEmail);
        key.put("client_id", "104729583610246813579");
        key.put("auth_uri", "https://accounts.google.com/o/oauth2/auth");
        key.put("token_uri", tokenUri);
        key.put("universe_domain", "googleapis.com");
        return SimulatorResponse.jsonText(key);
    }

    /** How long the access tokens issued from now on last (a test of expiry sets a short one; reset it after). */
    public void setTokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime == null ? DEFAULT_TOKEN_LIFETIME : lifetime;
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        if (request.rawPath().equals("/token")) {
            return request.method().equals("POST") ? token(request, context)
                    : oauthError(405, "invalid_request", "The token endpoint takes POST only.");
        }
        Matcher route = EXECUTIONS.matcher(request.rawPath());
        if (!route.matches()) {
            return error(404, "NOT_FOUND", "The requested URL " + request.rawPath() + " was not found on this server.");
        }
        boolean read = route.group("execution") != null && route.group("cancel") == null;
        if (!request.method().equals(read ? "GET" : "POST")) {
            return error(404, "NOT_FOUND", "The requested URL " + request.rawPath() + " was not found on this server.");
        }
        SimulatorResponse refused = unauthorized(request, context);
        if (refused != null) {
            return refused;
        }
        String parent = "projects/" + decode(route.group("project")) + "/locations/" + decode(route.group("location"))
                        + "/workflows/" + decode(route.group("workflow"));
        if (route.group("execution") == null) {
            return create(request, context, parent, decode(route.group("workflow")));
        }
        String name = parent + "/executions/" + decode(route.group("execution"));
        Execution execution = executions.get(name);
        if (execution == null) {
            return error(404, "NOT_FOUND", "Resource '" + name + "' was not found");
        }
        if (route.group("cancel") != null) {
            if (!context.cancel(execution.run())) {
                return error(400, "FAILED_PRECONDITION", "Execution '" + name + "' is not active and cannot be cancelled.");
            }
        }
        return SimulatorResponse.json(200, describe(execution, context));
    }

    // ---- the token endpoint

    private SimulatorResponse token(SimulatorRequest request, SimulatorContext context) {
        Map<String, String> form = form(request.bodyText());
        String grantType = form.get("grant_type");
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "Invalid grant_type: " + (grantType == null ? "" : grantType));
        }
        String assertion = form.get("assertion");
        if (assertion == null) {
            return oauthError(400, "invalid_request", "Missing required parameter: assertion");
        }
        ServiceAccountAssertions.Accepted accepted;
        try {
            accepted = ServiceAccountAssertions.verify(assertion, account -> publicKey(account, context), context.clock().instant());
        } catch (ServiceAccountAssertions.Refused e) {
            return oauthError(400, e.error, e.getMessage());
        }
        String token = "ya29.c." + Ids.objectId() + Ids.objectId();
        Duration lifetime = tokenLifetime;
        tokens.put(token, new Token(accepted.account(), accepted.scopes(), context.clock().instant().plus(lifetime)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("expires_in", lifetime.toSeconds());
        answer.put("token_type", "Bearer");
        return SimulatorResponse.json(200, answer);
    }

    private static RSAPublicKey publicKey(String account, SimulatorContext context) {
        String added = context.secretOf(ID, account);
        if (added != null) {
            try {
                return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(added)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return null;
            }
        }
        return CLIENT_EMAIL.equals(account) ? SAMPLE_PUBLIC_KEY : null;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(decode(pair.substring(0, eq)), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    /** OAuth 2's error answer (RFC 6749 5.2), as Google's token endpoint gives it. */
    private static SimulatorResponse oauthError(int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        return SimulatorResponse.json(status, body);
    }

    // ---- the executions API

    /** The API's refusal of a missing, unknown or expired token (401), or of one without the cloud-platform scope (403). */
    private SimulatorResponse unauthorized(SimulatorRequest request, SimulatorContext context) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return error(401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access"
                                                 + " token, login cookie or other valid authentication credential. See"
                                                 + " https://developers.google.com/identity/sign-in/web/devconsole-project.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\"");
        }
        Token token = tokens.get(authorization.substring("Bearer ".length()));
        if (token == null || !context.clock().instant().isBefore(token.expiresAt())) {
            return error(401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token,"
                                                 + " login cookie or other valid authentication credential. See"
                                                 + " https://developers.google.com/identity/sign-in/web/devconsole-project.")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"https://accounts.google.com/\", error=\"invalid_token\"");
        }
        if (!token.scopes().contains(CLOUD_PLATFORM)) {
            return error(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.");
        }
        return null;
    }

    private SimulatorResponse create(SimulatorRequest request, SimulatorContext context, String parent, String workflow) {
        Map<String, Object> body = request.body().length == 0 ? Map.of() : JsonBodies.object(request);
        if (body == null) {
            return error(400, "INVALID_ARGUMENT", "Invalid JSON payload received. The body is not an Execution object.");
        }
        Object argument = body.get("argument");
        if (argument != null && !(argument instanceof String)) {
            return error(400, "INVALID_ARGUMENT", "Invalid value at 'execution.argument' (TYPE_STRING), the argument must be"
                                                  + " JSON as a string");
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (argument != null) {
            String text = (String) argument;
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_ARGUMENT) {
                return error(400, "INVALID_ARGUMENT", "Argument size exceeds the limit of 32KB.");
            }
            Map<String, Object> object = JsonBodies.object(text);
            if (object == null) {
                return error(400, "INVALID_ARGUMENT", "Execution argument is not a valid JSON object: " + text);
            }
            parameters.putAll(object);
        }
        SimulatedRun run = context.startRun(ID, workflow, Ids.uuid(), parameters);
        Execution execution = new Execution(run, parent + "/executions/" + run.runId(), (String) argument, "000001-a1b");
        executions.put(execution.name(), execution);
        Map<String, Object> created = describe(execution, context);
        // the create answers as the execution is accepted, before any of its steps has run
        created.put("state", context.stateOf(run) == RunState.PENDING ? "QUEUED" : "ACTIVE");
        created.remove("result");
        created.remove("error");
        created.remove("endTime");
        created.remove("duration");
        return SimulatorResponse.json(200, created);
    }

    /** The Execution resource as {@code executions.get} answers it (its FULL view). */
    private static Map<String, Object> describe(Execution execution, SimulatorContext context) {
        SimulatedRun run = execution.run();
        RunState state = context.stateOf(run);
        Instant end = context.endOf(run, state);
        DateTimeFormatter time = DateTimeFormatter.ISO_INSTANT;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", execution.name());
        answer.put("createTime", time.format(run.startedAt()));
        answer.put("startTime", time.format(run.startedAt().plus(run.pending())));
        if (end != null) {
            answer.put("endTime", time.format(end));
            answer.put("duration", Duration.between(run.startedAt(), end).toMillis() / 1000.0 + "s");
        }
        answer.put("state", state(state));
        if (execution.argument() != null) {
            answer.put("argument", execution.argument());
        }
        if (state == RunState.SUCCEEDED) {
            answer.put("result", SimulatorResponse.jsonText(run.parameters()));
        }
        if (state == RunState.FAILED) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("payload", "{\"message\":\"the simulated workflow failed\",\"tags\":[\"RuntimeError\"]}");
            error.put("context", "RuntimeError: {\"message\":\"the simulated workflow failed\",\"tags\":[\"RuntimeError\"]}\n"
                                 + "in step \"fail\", routine \"main\", line: 3");
            error.put("stackTrace", Map.of("elements", List.of(Map.of("step", "fail", "routine", "main",
                    "position", Map.of("line", "3", "column", "5", "length", "20")))));
            answer.put("error", error);
        }
        answer.put("workflowRevisionId", execution.revision());
        answer.put("callLogLevel", "CALL_LOG_LEVEL_UNSPECIFIED");
        answer.put("status", Map.of());
        return answer;
    }

    /**
     * Workflows' own state for a simulated one: a run not yet started is QUEUED (backlogged, as over the concurrent
     * executions quota), one going on ACTIVE.
     */
    static String state(RunState state) {
        return switch (state) {
            case PENDING -> "QUEUED";
            case RUNNING -> "ACTIVE";
            case SUCCEEDED -> "SUCCEEDED";
            case FAILED -> "FAILED";
            case CANCELLED -> "CANCELLED";
        };
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).");
    }

    /** Google's error answer: {@code {error: {code, message, status}}}. */
    static SimulatorResponse error(int code, String status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("status", status);
        return SimulatorResponse.json(code, Map.of("error", error));
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static RSAPublicKey publicKeyOf(String pem) {
        try {
            String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return (RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
