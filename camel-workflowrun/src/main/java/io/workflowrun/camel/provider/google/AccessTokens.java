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
package io.workflowrun.camel.provider.google;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.Rs256Jwt;
import io.workflowrun.camel.spi.CachedToken;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Replies;

/**
 * OAuth 2 access tokens for a service account (Google's "OAuth 2.0 for server to server applications"): an assertion,
 * a JWT signed RS256 with the account's private key, exchanged at the key's token_uri for a bearer token of the
 * cloud-platform scope, which is sent until shortly before it expires.
 */
final class AccessTokens extends CachedToken {

    static final String SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** The assertion's lifetime: the longest Google accepts, and what its auth library asks for. */
    static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);

    private final ServiceAccountKey key;
    private final Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept",
            "application/json");

    AccessTokens(ServiceAccountKey key) {
        this.key = key;
    }

    @Override
    public HttpCall fetch(Instant now) {
        String form = "grant_type=" + URLEncoder.encode(GRANT_TYPE, StandardCharsets.UTF_8) + "&assertion=" + assertion(now);
        return HttpCall.of("POST", key.tokenUri(), headers, form.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The signed assertion: the account as issuer, the scope, and Google's token endpoint as audience whatever the key's
     * token_uri (as Google's auth library signs it), valid for an hour from now.
     */
    String assertion(Instant now) {
        Map<String, Object> header = key.privateKeyId() == null ? Map.of() : Map.of("kid", key.privateKeyId());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("scope", SCOPE);
        claims.put("aud", ServiceAccountKey.GOOGLE_TOKEN_URI);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(ASSERTION_LIFETIME).getEpochSecond());
        return Rs256Jwt.sign(header, claims, key.privateKey());
    }

    /** {@code {access_token, expires_in, token_type}}, or an OAuth 2 error: {@code {error, error_description}}. */
    @Override
    protected Token read(HttpReply reply, Instant now) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (!reply.isSuccess()) {
            // an OAuth 2 error names itself in text; anything else (a proxy's page, a JSON error of another API) is quoted
            String error = json != null && json.get("error") instanceof String text ? text : null;
            if (error == null) {
                throw Replies.unexpected(GoogleWorkflowsProvider.ID, reply, null, null);
            }
            String description = Replies.text(json, "error_description");
            throw new WorkflowRunException(GoogleWorkflowsProvider.ID, reply.status(), error,
                    "token endpoint: " + (description == null ? error : description), null);
        }
        String token = json == null ? null : Replies.text(json, "access_token");
        Object expiresIn = json == null ? null : json.get("expires_in");
        if (token == null || !(expiresIn instanceof Number seconds)) {
            // not quoted: the answer may hold a token all the same
            throw new WorkflowRunException(GoogleWorkflowsProvider.ID, reply.status(), null,
                    "the token endpoint's answer has no access_token with its expires_in", null);
        }
        return new Token(token, now.plusSeconds(seconds.longValue()));
    }
}
