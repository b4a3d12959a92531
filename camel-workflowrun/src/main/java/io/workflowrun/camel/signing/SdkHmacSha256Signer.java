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
package io.workflowrun.camel.signing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Huawei Cloud's AK/SK signature, {@code SDK-HMAC-SHA256}, as API Gateway checks it in front of every Huawei Cloud
 * service (see Huawei's "API Request Signing Guide" and the SDKs' {@code AKSKSigner}).
 * <p>
 * Unlike AWS SigV4 there is no scope and no key derivation: the secret key itself is the HMAC key, and the string to
 * sign is the algorithm, the {@code X-Sdk-Date} and the hash of the canonical request.
 */
public final class SdkHmacSha256Signer {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";
    /** When present (and signed) its value stands in for the body hash, e.g. {@code UNSIGNED-PAYLOAD}. */
    static final String CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

    static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SdkHmacSha256Signer() {
    }

    /**
     * Signs a request.
     *
     * @param method      the HTTP method
     * @param uri         the full request URI, path and query percent-encoded as they will be sent
     * @param headers     the request's headers, every one of them signed; must not already hold Host, X-Sdk-Date,
     *                    X-Security-Token or Authorization
     * @param body        the body bytes exactly as sent (empty for none)
     * @param credentials the AK/SK, with the security token of temporary credentials where there is one
     * @param now         the signing instant, sent as {@code X-Sdk-Date}
     * @return the headers to add, in order: Host, X-Sdk-Date, X-Security-Token (temporary credentials only),
     *         Authorization
     */
    public static Map<String, String> sign(
            String method, URI uri, Map<String, String> headers, byte[] body, Credentials credentials, Instant now) {
        Map<String, String> added = new LinkedHashMap<>();
        // the Host the HTTP client sends: the URI's authority, with the port only where the URI names one
        added.put("Host", uri.getRawAuthority());
        String date = DATE_FORMAT.format(now);
        added.put(DATE_HEADER, date);
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }

        Map<String, String> signed = new TreeMap<>();
        putAll(signed, headers);
        putAll(signed, added);
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = canonicalRequest(method, uri, signed, body);
        String stringToSign = ALGORITHM + "\n" + date + "\n" + Digests.sha256Hex(canonicalRequest);
        String signature = Digests.hex(Digests.hmacSha256(credentials.secretKey().getBytes(StandardCharsets.UTF_8),
                stringToSign));

        added.put("Authorization", ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders=" + signedHeaders
                                   + ", Signature=" + signature);
        return added;
    }

    /**
     * The canonical request.
     *
     * @param signed the signed headers, names in lower case, sorted
     */
    static String canonicalRequest(String method, URI uri, Map<String, String> signed, byte[] body) {
        StringBuilder headerLines = new StringBuilder();
        signed.forEach((name, value) -> headerLines.append(name).append(':').append(value).append('\n'));
        String payloadHash = signed.containsKey(CONTENT_SHA256_HEADER)
                ? signed.get(CONTENT_SHA256_HEADER)
                : Digests.sha256Hex(body == null ? new byte[0] : body);
        return method.toUpperCase(Locale.ROOT) + "\n"
               + canonicalUri(uri.getRawPath()) + "\n"
               + canonicalQuery(uri.getRawQuery()) + "\n"
               + headerLines + "\n"
               + String.join(";", signed.keySet()) + "\n"
               + payloadHash;
    }

    /** Each path segment, decoded then encoded afresh, each followed by a slash: {@code /v1/a b} gives {@code /v1/a%20b/}. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        // String.split drops trailing empty segments, as Huawei's signer does, so "/a/b/" and "/a/b" sign alike
        for (String segment : rawPath.split("/")) {
            uri.append(PercentEncoding.encode(decode(segment, "path segment"))).append('/');
        }
        return uri.toString();
    }

    /** Name=value pairs, decoded then encoded afresh, sorted by name, then by value; a bare name signs as {@code name=}. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            sorted.computeIfAbsent(PercentEncoding.encode(decode(name, "query parameter name")), k -> new ArrayList<>())
                    .add(PercentEncoding.encode(decode(value, "query parameter value")));
        }
        StringBuilder query = new StringBuilder();
        sorted.forEach((name, values) -> values.stream().sorted().forEach(value -> {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(name).append('=').append(value);
        }));
        return query.toString();
    }

    /** Percent-decoding only: a '+' stays a '+', since this signer's callers encode a space as %20. */
    static String decode(String text, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '%') {
                int next = text.indexOf('%', i);
                int end = next < 0 ? text.length() : next;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
                continue;
            }
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("The request URI has a bad percent-escape in a " + what + ": " + text);
            }
            bytes.write(high << 4 | low);
            i += 3;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void putAll(Map<String, String> signed, Map<String, String> headers) {
        headers.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (signed.containsKey(key)) {
                throw new IllegalArgumentException("Header " + name + " is given twice (names are not case-sensitive)");
            }
            signed.put(key, value == null ? "" : value.strip());
        });
    }
}
