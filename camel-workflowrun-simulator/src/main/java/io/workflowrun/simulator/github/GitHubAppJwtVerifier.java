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

import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;

/**
 * Checks a GitHub App's JWT as GitHub's docs say it is checked ("Generating a JSON Web Token (JWT) for a GitHub App"):
 * RS256, signed with the App's private key; {@code iss} the App's ID or client ID; {@code iat} not in the future;
 * {@code exp} in the future and no more than 10 minutes ahead. The signature is verified with Nimbus JOSE + JWT, not
 * with the component's signer, so that one checks the other. The refusals are GitHub's texts (see the provider's page).
 */
final class GitHubAppJwtVerifier {

    static final String NOT_DECODED = "A JSON web token could not be decoded";
    static final String NOT_FOUND = "Integration not found";
    static final String EXP_NOT_FUTURE = "'Expiration time' claim ('exp') must be a numeric value representing the future time "
                                         + "at which the assertion expires";
    static final String EXP_TOO_FAR = "'Expiration time' claim ('exp') is too far in the future";
    static final String IAT_INVALID = "'Issued at' claim ('iat') must be an Integer representing the time that the assertion "
                                      + "was issued";
    static final Duration LONGEST = Duration.ofMinutes(10);

    private GitHubAppJwtVerifier() {
    }

    /** Why GitHub would refuse this JWT of the App, or null when it takes it. */
    static String refusal(String jwt, String appId, String clientId, RSAPublicKey key, Instant now) {
        SignedJWT signed;
        Map<String, Object> claims;
        try {
            signed = SignedJWT.parse(jwt);
            // read as JSON, not as Nimbus' claims set: that refuses an iss that is a number, which GitHub takes
            claims = signed.getPayload().toJSONObject();
        } catch (ParseException e) {
            return NOT_DECODED;
        }
        if (claims == null) {
            return NOT_DECODED;
        }
        if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            return NOT_DECODED;
        }
        // a number (the App ID) or text (its ID or client ID): both are taken
        Object issuer = claims.get("iss");
        if (issuer == null || !appId.equals(issuer.toString()) && !clientId.equals(issuer.toString())) {
            return NOT_FOUND;
        }
        try {
            if (!signed.verify(new RSASSAVerifier(key))) {
                return NOT_DECODED;
            }
        } catch (JOSEException e) {
            return NOT_DECODED;
        }
        Instant expires = seconds(claims.get("exp"));
        if (expires == null || !expires.isAfter(now)) {
            return EXP_NOT_FUTURE;
        }
        if (expires.isAfter(now.plus(LONGEST))) {
            return EXP_TOO_FAR;
        }
        Instant issued = seconds(claims.get("iat"));
        if (issued == null || issued.isAfter(now)) {
            return IAT_INVALID;
        }
        return null;
    }

    /** A NumericDate (RFC 7519: seconds since the epoch), or null for anything else. */
    private static Instant seconds(Object value) {
        return value instanceof Number number ? Instant.ofEpochMilli((long) (number.doubleValue() * 1000)) : null;
    }
}
