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
package io.workflowrun.simulator.alibaba;

import static io.workflowrun.simulator.Hashing.hex;
import static io.workflowrun.simulator.Hashing.hmac;
import static io.workflowrun.simulator.Hashing.sha256;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.workflowrun.simulator.SimulatorKeys;
import io.workflowrun.simulator.SimulatorRequest;

/**
 * Checks an {@code ACS3-HMAC-SHA256} (Alibaba Cloud signature V3) request the way the API gateway does: the canonical
 * request is rebuilt from the request exactly as received and signed with the secret of the key it names.
 * <p>
 * Written apart from the component's signer (the SDK's own encoding recipe, the JDK's form decoder), so that the two
 * check each other. Checks, in order: the Authorization header's form, the {@code x-acs-date} format and its 15-minute
 * window, the access key, the signed header set, the body hash, the signature, and last the nonce (only an authentic
 * request uses one up).
 */
public final class Acs3Verifier {

    static final String ALGORITHM = "ACS3-HMAC-SHA256";
    /** How far {@code x-acs-date} may be from the gateway's clock, either way. */
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    private static final List<String> REQUIRED = List.of(
            "host", "x-acs-action", "x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce", "x-acs-version");

    private final String provider;
    private final Map<String, Instant> usedNonces = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();

    /** @param provider whose keys ({@link SimulatorKeys#secretOf}) sign the requests */
    public Acs3Verifier(String provider) {
        this.provider = provider;
    }

    /** Why the gateway refuses a request: its HTTP status, error code and message. */
    public record Rejection(int status, String code, String message) {
    }

    /** Null when the request is authentic (its date checked against when it was received); else why the gateway refuses it. */
    public Rejection verify(SimulatorRequest request, SimulatorKeys keys) {
        Map<String, String> authorization = parseAuthorization(request.header("authorization"));
        if (authorization == null) {
            return incomplete();
        }
        String credential = authorization.get("Credential");
        String signedHeaders = authorization.get("SignedHeaders");
        String signature = authorization.get("Signature");

        String date = request.header("x-acs-date");
        if (date == null || !DATE.matcher(date).matches()) {
            return new Rejection(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(date);
        } catch (DateTimeParseException e) {
            return new Rejection(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        Instant now = request.receivedAt();
        if (Duration.between(signedAt, now).abs().compareTo(WINDOW) > 0) {
            return new Rejection(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }

        String secret = keys.secretOf(provider, credential);
        if (secret == null) {
            return new Rejection(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }

        List<String> signedNames = Arrays.asList(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
        for (String required : REQUIRED) {
            if (request.header(required) == null) {
                return incomplete();
            }
        }
        for (String name : request.headers().keySet()) {
            // every header the algorithm covers must be signed, or it could be changed on the way
            if ((name.startsWith("x-acs-") || name.equals("host") || name.equals("content-type")) && !signedNames.contains(name)) {
                return mismatch(null);
            }
        }
        if (!hex(sha256(request.body())).equals(request.header("x-acs-content-sha256"))) {
            return mismatch(null);
        }

        String canonical;
        try {
            canonical = canonicalRequest(request, signedHeaders, signedNames);
        } catch (IllegalArgumentException e) {
            return mismatch(null);
        }
        if (canonical == null) {
            return mismatch(null);
        }
        String stringToSign = ALGORITHM + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] expected = hmac(secret, stringToSign);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature);
        } catch (IllegalArgumentException e) {
            return mismatch(stringToSign);
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return mismatch(stringToSign);
        }

        if (usedNonces.putIfAbsent(request.header("x-acs-signature-nonce"), now) != null) {
            return new Rejection(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        forgetOldNonces(now);
        return null;
    }

    /**
     * The canonical request as the gateway rebuilds it; null when a signed header is missing.
     *
     * @param signedHeaders the SignedHeaders list as the client sent it: that exact text is what the client signed
     */
    static String canonicalRequest(SimulatorRequest request, String signedHeaders, List<String> signedNames) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(canonicalPath(request.rawPath())).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : new TreeSet<>(signedNames)) {
            List<String> values = request.headers().get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            canonical.append(name).append(':').append(String.join(",", values).trim()).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n');
        canonical.append(request.header("x-acs-content-sha256"));
        return canonical.toString();
    }

    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            // a path is not a form: '+' is itself there
            segments.add(percentEncode(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        return String.join("/", segments);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int split = pair.indexOf('=');
            String name = split < 0 ? pair : pair.substring(0, split);
            String value = split < 0 ? "" : pair.substring(split + 1);
            parameters.add(new SimpleEntry<>(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        parameters.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(percentEncode(parameter.getKey())).append('=').append(percentEncode(parameter.getValue()));
        }
        return query.toString();
    }

    /** RFC 3986 by the recipe Alibaba gives for Java: URLEncoder, then {@code + * %7E} fixed up. */
    static String percentEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static Map<String, String> parseAuthorization(String header) {
        if (header == null || !header.startsWith(ALGORITHM + " ")) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : header.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq).trim(), field.substring(eq + 1).trim());
            }
        }
        Set<String> needed = Set.of("Credential", "SignedHeaders", "Signature");
        for (String name : needed) {
            if (fields.get(name) == null || fields.get(name).isEmpty()) {
                return null;
            }
        }
        return fields;
    }

    private void forgetOldNonces(Instant now) {
        if (checks.incrementAndGet() % 1024 == 0) {
            usedNonces.values().removeIf(seen -> seen.isBefore(now.minus(WINDOW.multipliedBy(2))));
        }
    }

    private static Rejection incomplete() {
        return new Rejection(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
    }

    private static Rejection mismatch(String stringToSign) {
        // the real gateway echoes its string to sign, so a client can compare it with its own
        return new Rejection(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."
                                                           + (stringToSign == null ? "" : " server string to sign is:" + stringToSign));
    }
}
