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
package io.workflowrun.camel.provider.airflow;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.CachedToken;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.Replies;

/**
 * The access token of a user and password: {@code POST /auth/token} of the API server (the auth manager's token
 * endpoint, the simple and the FAB auth manager alike) with {@code {"username", "password"}}, answered HTTP 201
 * {@code {"access_token": "<JWT>"}}. The answer says nothing else of the token: how long it lives is read from the JWT's
 * own claims ({@code exp}, counted from {@code iat}).
 */
final class AirflowLogin extends CachedToken {

    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json", "Accept", "application/json");

    private final URI tokenUrl;
    private final String username;
    private final String password;

    AirflowLogin(URI baseUrl, String username, String password) {
        this.tokenUrl = URI.create(baseUrl + "/auth/token");
        this.username = username;
        this.password = password;
    }

    @Override
    public HttpCall fetch(Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        return HttpCall.of("POST", tokenUrl, HEADERS, Json.write(body));
    }

    @Override
    protected Token read(HttpReply reply, Instant now) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (!reply.isSuccess()) {
            throw json == null ? Replies.unexpected(AirflowProvider.ID, reply, null, null)
                    : new WorkflowRunException(AirflowProvider.ID, reply.status(), null,
                            "the token endpoint refused the user: " + AirflowErrors.detail(json), null);
        }
        String token = json == null ? null : Replies.text(json, "access_token");
        if (token == null || token.isBlank()) {
            throw Replies.unexpected(AirflowProvider.ID, reply, "an access_token", null);
        }
        return new Token(token, expiry(token, now, reply));
    }

    /**
     * When the token expires, by our clock: the lifetime it states ({@code exp} less {@code iat}, both in seconds) from
     * now, so that a clock difference between the API server and this host does not shorten or stretch it; its
     * {@code exp} as it is where it has no {@code iat}.
     */
    private static Instant expiry(String token, Instant now, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> claims = claims(token);
        Object exp = claims == null ? null : claims.get("exp");
        if (!(exp instanceof Number expiresAt)) {
            // the answer holds the token: it is not quoted
            throw new WorkflowRunException(AirflowProvider.ID, reply.status(), null,
                    "the token endpoint's access_token is not a JWT with an exp claim, so when it expires is unknown", null);
        }
        if (claims.get("iat") instanceof Number issuedAt) {
            return now.plusSeconds(Math.max(0, expiresAt.longValue() - issuedAt.longValue()));
        }
        return Instant.ofEpochSecond(expiresAt.longValue());
    }

    /** A JWT's claims (its middle part, base64url JSON), read without checking its signature; null when it has none. */
    private static Map<String, Object> claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return Json.readObjectOrNull(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Never the password nor the token. */
    @Override
    public String toString() {
        return "AirflowLogin[" + tokenUrl + ", " + super.toString() + "]";
    }
}
