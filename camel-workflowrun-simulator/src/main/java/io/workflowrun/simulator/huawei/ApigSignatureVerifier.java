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
package io.workflowrun.simulator.huawei;

import static io.workflowrun.simulator.Hashing.hex;
import static io.workflowrun.simulator.Hashing.hmac;
import static io.workflowrun.simulator.Hashing.sha256;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.simulator.SimulatorKeys;
import io.workflowrun.simulator.SimulatorRequest;

/**
 * Checks an AK/SK-signed request the way Huawei Cloud's API Gateway does: rebuilds the canonical request from the
 * request as received, recomputes {@code SDK-HMAC-SHA256} with the secret of the {@code Access} key, and allows
 * {@code X-Sdk-Date} to be at most 15 minutes off. Written apart from the component's signer, so each checks the other.
 */
public final class ApigSignatureVerifier {

    /** Every IAM authentication failure carries this code (HTTP 401). */
    public static final String AUTH_ERROR_CODE = "APIGW.0301";
    static final Duration ALLOWED_SKEW = Duration.ofMinutes(15);

    private static final String ALGORITHM = "SDK-HMAC-SHA256";
    private static final String PREFIX = "Incorrect IAM authentication information: ";
    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

    private ApigSignatureVerifier() {
    }

    /**
     * Why API Gateway would refuse the request, in its own words.
     *
     * @return null when the signature holds, else the {@code error_msg} to answer with {@link #AUTH_ERROR_CODE}
     */
    public static String refusal(SimulatorRequest request, SimulatorKeys keys) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return PREFIX + "x-auth-token not found";
        }
        Map<String, String> fields = authorizationFields(authorization);
        if (fields == null) {
            return PREFIX + "verify aksk signature fail";
        }
        String accessKey = fields.get("Access");
        String secret = keys.secretOf(request.provider(), accessKey);
        if (secret == null) {
            return PREFIX + "Get secretKey failed,ak:" + accessKey + ",err:ak not exist";
        }
        String date = request.header("X-Sdk-Date");
        Instant signedAt = parseDate(date);
        List<String> signedHeaders = List.of(fields.get("SignedHeaders").split(";"));
        if (signedAt == null || !signedHeaders.contains("x-sdk-date")) {
            return PREFIX + "verify aksk signature fail";
        }
        if (Duration.between(signedAt, request.receivedAt()).abs().compareTo(ALLOWED_SKEW) > 0) {
            return PREFIX + "calc ak sk signature fail:signature expired";
        }
        String canonical = canonicalRequest(request, signedHeaders);
        if (canonical == null) {
            return PREFIX + "verify aksk signature fail";
        }
        String stringToSign = ALGORITHM + "\n" + date + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = hmac(secret, stringToSign);
        byte[] given = parseHex(fields.get("Signature"));
        return given != null && MessageDigest.isEqual(expected, given) ? null : PREFIX + "verify aksk signature fail";
    }

    /** {@code SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...}; null when it is not that. */
    private static Map<String, String> authorizationFields(String authorization) {
        if (!authorization.startsWith(ALGORITHM + " ")) {
            return null;
        }
        Map<String, String> fields = new TreeMap<>();
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                fields.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim());
            }
        }
        boolean complete = fields.keySet().containsAll(List.of("Access", "SignedHeaders", "Signature"))
                           && fields.values().stream().noneMatch(String::isEmpty);
        return complete ? fields : null;
    }

    private static Instant parseDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(date, SDK_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Null when a signed header is missing or the URI cannot be decoded. */
    static String canonicalRequest(SimulatorRequest request, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        String uri = canonicalUri(request.rawPath());
        String query = canonicalQuery(request.rawQuery());
        if (uri == null || query == null) {
            return null;
        }
        canonical.append(uri).append('\n').append(query).append('\n');
        for (String name : signedHeaders) {
            List<String> values = request.headers().get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            canonical.append(name).append(':').append(String.join(",", values).trim()).append('\n');
        }
        canonical.append('\n').append(String.join(";", signedHeaders)).append('\n');
        String contentHash = request.header("X-Sdk-Content-Sha256");
        canonical.append(contentHash != null ? contentHash : hex(sha256(request.body())));
        return canonical.toString();
    }

    static String canonicalUri(String rawPath) {
        List<String> segments = new ArrayList<>(Arrays.asList((rawPath == null ? "" : rawPath).split("/", -1)));
        // a trailing slash adds nothing: the canonical URI always ends with exactly one
        while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        if (segments.isEmpty()) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : segments) {
            String decoded = percentDecode(segment);
            if (decoded == null) {
                return null;
            }
            uri.append(percentEncode(decoded)).append('/');
        }
        return uri.toString();
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameValue = pair.split("=", 2);
            String name = percentDecode(nameValue[0]);
            String value = percentDecode(nameValue.length == 2 ? nameValue[1] : "");
            if (name == null || value == null) {
                return null;
            }
            pairs.add(new String[] {percentEncode(name), percentEncode(value)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        List<String> joined = new ArrayList<>();
        for (String[] pair : pairs) {
            joined.add(pair[0] + "=" + pair[1]);
        }
        return String.join("&", joined);
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0 && UNRESERVED.indexOf(b) >= 0) {
                out.append((char) b);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** Percent-decoding only (a '+' stays a '+'); null for a bad escape. */
    static String percentDecode(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                out.write(raw[i]);
            } else if (i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                out.write(Integer.parseInt(new String(raw, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                return null;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    private static byte[] parseHex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
