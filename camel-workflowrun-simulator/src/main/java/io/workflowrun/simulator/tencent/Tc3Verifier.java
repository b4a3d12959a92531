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
package io.workflowrun.simulator.tencent;

import static io.workflowrun.simulator.Hashing.hex;
import static io.workflowrun.simulator.Hashing.hmac;
import static io.workflowrun.simulator.Hashing.sha256Hex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.workflowrun.simulator.SimulatorRequest;

/**
 * Checks a TC3-HMAC-SHA256 signature the way Tencent Cloud API 3.0 does: parses {@code Authorization}, enforces the
 * five-minute timestamp window, looks up the SecretId, then recomputes the canonical request from the request exactly
 * as received (its headers, its body bytes) with the date the timestamp gives and the service this server is.
 * <p>
 * Written from Tencent's "Signature v3" document, independently of the component's signer, so each checks the other.
 */
public final class Tc3Verifier {

    /** Tencent rejects timestamps more than five minutes from its clock. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String ALGORITHM = "TC3-HMAC-SHA256";

    private final String service;

    /** A verifier for the service this server is, e.g. {@code wedata}. */
    public Tc3Verifier(String service) {
        this.service = service;
    }

    /**
     * A rejection: Tencent's error code and message.
     *
     * @param code    e.g. AuthFailure.SignatureFailure
     * @param message the text Tencent answers with
     */
    public record Rejection(String code, String message) {
    }

    /**
     * @param secrets the SecretKey of a SecretId, or null when the SecretId is unknown
     * @return null when the request is signed right, else why not
     */
    public Rejection verify(SimulatorRequest request, Function<String, String> secrets, Instant now) {
        String authorization = request.header("Authorization");
        if (authorization == null || !authorization.startsWith(ALGORITHM + " ")) {
            return invalidAuthorization();
        }
        Map<String, String> fields = fields(authorization.substring(ALGORITHM.length() + 1));
        String[] credential = fields.getOrDefault("Credential", "").split("/");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (credential.length != 4 || !credential[3].equals("tc3_request") || signedHeaders == null || signature == null) {
            return invalidAuthorization();
        }
        List<String> signed = Arrays.asList(signedHeaders.split(";"));
        if (!signed.contains("content-type") || !signed.contains("host")) {
            return invalidAuthorization();
        }
        String timestampText = request.header("X-TC-Timestamp");
        if (timestampText == null) {
            return new Rejection("MissingParameter", "The request is missing a required parameter `Timestamp`.");
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampText.trim());
        } catch (NumberFormatException e) {
            return new Rejection("InvalidParameter", "The parameter `Timestamp` is not a UNIX timestamp.");
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > WINDOW.toSeconds()) {
            return new Rejection("AuthFailure.SignatureExpire", "Signature expired. Timestamp and server time cannot "
                                 + "differ by more than five minutes. Please ensure your current local time matches the standard time.");
        }
        String secretKey = secrets.apply(credential[0]);
        if (secretKey == null) {
            return new Rejection("AuthFailure.SecretIdNotFound",
                    "The SecretId is not found, please ensure that your SecretId is correct.");
        }
        // the server's own date and service, not the ones the client wrote in its Credential
        String date = LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC).toString();
        String scope = date + "/" + service + "/tc3_request";
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                              + sha256Hex(canonicalRequest(request, signed).getBytes(StandardCharsets.UTF_8));
        String expected = signature(secretKey, date, service, stringToSign);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        boolean scopeMatches = credential[1].equals(date) && credential[2].equals(service);
        if (!matches || !scopeMatches) {
            return new Rejection("AuthFailure.SignatureFailure",
                    "The provided credentials could not be validated. Please check your signature is correct.");
        }
        return null;
    }

    private static Rejection invalidAuthorization() {
        return new Rejection("AuthFailure.InvalidAuthorization", "Authorization in the request header is invalid.");
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        return fields;
    }

    /** The canonical request of a request as received: its method, query, signed headers and body bytes. */
    static String canonicalRequest(SimulatorRequest request, List<String> signedHeaders) {
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = request.headers().get(name);
            String value = values == null ? "" : String.join(",", values);
            headers.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        // the document fixes the canonical URI of API 3.0 at "/"
        return request.method() + "\n/\n" + (request.rawQuery() == null ? "" : request.rawQuery()) + "\n"
               + headers + "\n" + String.join(";", signedHeaders) + "\n" + sha256Hex(request.body());
    }

    /** The signature of a string to sign: HMAC chain TC3+key -> date -> service -> tc3_request, lower-case hex. */
    static String signature(String secretKey, String date, String service, String stringToSign) {
        byte[] key = hmac(("TC3" + secretKey).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, service);
        key = hmac(key, "tc3_request");
        return hex(hmac(key, stringToSign));
    }
}
