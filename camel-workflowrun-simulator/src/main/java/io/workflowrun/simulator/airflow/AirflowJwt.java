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

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The API server's JWTs, as Airflow's {@code JWTGenerator} and {@code JWTValidator} make and check them with a shared
 * secret ({@code [api_auth] jwt_secret}, HS512): claims {@code jti}, {@code aud} ({@code apache-airflow}), {@code nbf},
 * {@code exp}, {@code iat}, the user's {@code sub} and {@code role}; checked for the signature, then for {@code exp},
 * {@code nbf}, {@code iat} and {@code aud} as PyJWT does, with Airflow's default leeway of 10 s. Signed and verified by
 * Nimbus JOSE+JWT, not by the component's code.
 */
public final class AirflowJwt {

    /** The audience Airflow puts in and requires by default ({@code [api_auth] jwt_audience}). */
    static final String AUDIENCE = "apache-airflow";
    /** {@code [api_auth] jwt_leeway}'s default. */
    static final Duration LEEWAY = Duration.ofSeconds(10);

    /** The simulator's {@code jwt_secret}: HS512 wants 512 bits at least. */
    private static final byte[] SECRET = "workflowrun-simulator: Airflow [api_auth] jwt_secret, for loopback tests only"
            .getBytes(StandardCharsets.UTF_8);

    /** What a check of a token found. */
    public sealed interface Check {
    }

    /** A valid token, for this user. */
    public record Valid(String user) implements Check {
    }

    /** A well-signed token past its {@code exp} (and the leeway): Airflow answers HTTP 401 {@code Token Expired}. */
    public record Expired() implements Check {
    }

    /** Any other fault (the signature, a claim, the form): Airflow answers HTTP 403 {@code Invalid JWT token}. */
    public record Invalid(String why) implements Check {
    }

    private AirflowJwt() {
    }

    /** A token for the user, issued at this instant and valid for this long. */
    public static String issue(String user, Instant now, Duration lifetime) {
        return issue(user, now, lifetime, SECRET);
    }

    /** A token signed with another secret than the simulator's, for tests of a token it must refuse. */
    public static String issue(String user, Instant now, Duration lifetime, byte[] secret) {
        long issuedAt = now.getEpochSecond();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString().replace("-", ""))
                .audience(AUDIENCE)
                .notBeforeTime(new Date(issuedAt * 1000))
                .expirationTime(new Date((issuedAt + lifetime.toSeconds()) * 1000))
                .issueTime(new Date(issuedAt * 1000))
                .subject(user)
                .claim("role", "ADMIN")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign a JWT: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** Checks a bearer token at this instant, in PyJWT's order: the signature, then iat, nbf, exp, aud. */
    public static Check check(String token, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS512.equals(jwt.getHeader().getAlgorithm())) {
                return new Invalid("The specified alg value is not allowed");
            }
            if (!jwt.verify(new MACVerifier(SECRET))) {
                return new Invalid("Signature verification failed");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return new Invalid("Not enough segments, or not a JWT: " + e.getMessage());
        }
        Date issued;
        Date notBefore;
        Date expires;
        try {
            issued = claims.getDateClaim("iat");
            notBefore = claims.getDateClaim("nbf");
            expires = claims.getDateClaim("exp");
        } catch (ParseException e) {
            return new Invalid("a time claim is not a number");
        }
        if (issued == null || notBefore == null || expires == null) {
            return new Invalid("Token is missing a required claim (exp, iat, nbf)");
        }
        Instant late = now.plus(LEEWAY);
        if (issued.toInstant().isAfter(late)) {
            return new Invalid("The token is not yet valid (iat)");
        }
        if (notBefore.toInstant().isAfter(late)) {
            return new Invalid("The token is not yet valid (nbf)");
        }
        if (!expires.toInstant().isAfter(now.minus(LEEWAY))) {
            return new Expired();
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
            return new Invalid("Audience doesn't match");
        }
        Object role = claims.getClaim("role");
        if (claims.getSubject() == null || role == null) {
            // the simple auth manager's deserialize_user reads both
            return new Invalid("no sub or role");
        }
        return new Valid(claims.getSubject());
    }
}
