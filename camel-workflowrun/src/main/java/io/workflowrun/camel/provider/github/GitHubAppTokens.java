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
package io.workflowrun.camel.provider.github;

import java.net.URI;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.Rs256Jwt;
import io.workflowrun.camel.spi.CachedToken;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Replies;

/**
 * A GitHub App's installation tokens: an app JWT (RS256, signed with the App's private key) exchanged at
 * {@code POST /app/installations/{installation_id}/access_tokens} for a token that GitHub lets live an hour, held until
 * shortly before its {@code expires_at}.
 */
final class GitHubAppTokens extends CachedToken {

    /** GitHub: "set this 60 seconds in the past to allow for clock drift". */
    static final Duration ISSUED_BEFORE = Duration.ofSeconds(60);
    /**
     * GitHub: "no more than 10 minutes into the future"; a minute less, so that a clock a little ahead of GitHub's is
     * not refused with "'Expiration time' claim ('exp') is too far in the future".
     */
    static final Duration LIFETIME = Duration.ofMinutes(9);

    private final URI uri;
    private final String appId;
    private final String installationId;
    private final RSAPrivateKey key;
    private final Map<String, String> headers;

    GitHubAppTokens(URI baseUrl, String appId, String installationId, RSAPrivateKey key, Map<String, String> headers) {
        this.uri = URI.create(baseUrl + "/app/installations/" + installationId + "/access_tokens");
        this.appId = appId;
        this.installationId = installationId;
        this.key = key;
        this.headers = headers;
    }

    /** The app JWT: issued a minute ago, expiring in nine, issued by the App. */
    String appJwt(Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iat", now.minus(ISSUED_BEFORE).getEpochSecond());
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("iss", appId);
        return Rs256Jwt.sign(Map.of(), claims, key);
    }

    @Override
    public HttpCall fetch(Instant now) {
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.put("Authorization", "Bearer " + appJwt(now));
        return HttpCall.of("POST", uri, signed, null);
    }

    @Override
    protected Token read(HttpReply reply, Instant now) throws WorkflowRunException {
        if (!reply.isSuccess()) {
            WorkflowRunException refused = GitHubErrors.of(reply, now);
            throw new WorkflowRunException(GitHubActionsProvider.ID, refused.getHttpStatus(), null,
                    refused.getErrorMessage() + hint(refused), refused.getRequestId());
        }
        Map<String, Object> json = Replies.json(reply);
        String token = json == null ? null : Replies.text(json, "token");
        String expiresAt = json == null ? null : Replies.text(json, "expires_at");
        if (token == null || token.isBlank() || expiresAt == null) {
            // never quoted: the answer may hold a token
            throw new WorkflowRunException(GitHubActionsProvider.ID, reply.status(), null,
                    "the installation token answer holds no token and expires_at", reply.header(GitHubErrors.REQUEST_ID));
        }
        try {
            return new Token(token, Instant.parse(expiresAt));
        } catch (DateTimeParseException e) {
            throw new WorkflowRunException(GitHubActionsProvider.ID, reply.status(), null,
                    "the installation token's expires_at is not an ISO 8601 instant", reply.header(GitHubErrors.REQUEST_ID));
        }
    }

    /** What to check for the token endpoint's refusal. */
    private String hint(WorkflowRunException refused) {
        if (GitHubErrors.isThrottling(refused)) {
            return "";
        }
        return switch (refused.getHttpStatus()) {
            case 401 -> " (GitHub refused the App's JWT: check options appId and privateKey, and that this host's clock is right:"
                        + " the JWT is good from a minute ago for ten minutes)";
            case 404 -> " (no installation " + installationId + " of App " + appId + ": check option installationId)";
            case 403 -> " (check the App's installation: is it suspended?)";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "GitHubAppTokens[app " + appId + ", installation " + installationId + ", " + super.toString() + "]";
    }
}
