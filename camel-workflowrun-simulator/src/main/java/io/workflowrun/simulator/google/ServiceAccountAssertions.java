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

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a service account's assertion as Google's token endpoint does (the JWT bearer grant of "OAuth 2.0 for server
 * to server applications"): an RS256 JWT whose issuer is a known account, signed with that account's key, for Google's
 * token endpoint, asking for scopes, issued now and valid for an hour at most. Written with a JOSE library of its own,
 * not the component's signer, so that each checks the other.
 */
final class ServiceAccountAssertions {

    /** The audiences Google's token endpoint takes: its own URL, and the one older keys name. */
    static final List<String> AUDIENCES = List.of("https://oauth2.googleapis.com/token", "https://accounts.google.com/o/oauth2/token");
    static final Duration MAX_LIFETIME = Duration.ofHours(1);
    /** How far an assertion's times may be off this clock. */
    static final Duration SKEW = Duration.ofMinutes(5);

    static final String INVALID_GRANT = "invalid_grant";
    static final String INVALID_SCOPE = "invalid_scope";

    /** An accepted assertion: the account and the scopes asked for. */
    record Accepted(String account, List<String> scopes) {
    }

    /** Why an assertion was refused, as the token endpoint says it: {@code error} and {@code error_description}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String error;

        Refused(String error, String description) {
            super(description);
            this.error = error;
        }
    }

    private ServiceAccountAssertions() {
    }

    /**
     * @param publicKeys the public key of each known account, by its email; null for an unknown one
     */
    static Accepted verify(String assertion, Function<String, RSAPublicKey> publicKeys, Instant now) throws Refused {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused(INVALID_GRANT, "Invalid JWT: the assertion is not a signed JWT.");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new Refused(INVALID_GRANT, "Invalid JWT Signature.");
        }
        String account = claims.getIssuer();
        RSAPublicKey key = account == null ? null : publicKeys.apply(account);
        if (key == null) {
            throw new Refused(INVALID_GRANT, "Invalid grant: account not found");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(key))) {
                throw new Refused(INVALID_GRANT, "Invalid JWT Signature.");
            }
        } catch (JOSEException e) {
            throw new Refused(INVALID_GRANT, "Invalid JWT Signature.");
        }
        if (claims.getAudience().stream().noneMatch(AUDIENCES::contains)) {
            throw new Refused(INVALID_GRANT, "Invalid JWT: Failed audience check. The expected value was " + AUDIENCES.get(0) + ".");
        }
        Date issued = claims.getIssueTime();
        Date expires = claims.getExpirationTime();
        if (issued == null || expires == null || expires.toInstant().isBefore(issued.toInstant())
            || Duration.between(issued.toInstant(), expires.toInstant()).compareTo(MAX_LIFETIME) > 0
            || issued.toInstant().isAfter(now.plus(SKEW)) || expires.toInstant().isBefore(now.minus(SKEW))) {
            throw new Refused(INVALID_GRANT, "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable"
                                             + " timeframe. Check your iat and exp values in the JWT claim.");
        }
        Object scope = claims.getClaim("scope");
        if (!(scope instanceof String text) || text.isBlank()) {
            throw new Refused(INVALID_SCOPE, "Invalid OAuth scope or ID token audience provided.");
        }
        return new Accepted(account, Arrays.asList(text.trim().split(" +")));
    }
}
