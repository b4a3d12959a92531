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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alibaba Cloud's request signature V3, {@code ACS3-HMAC-SHA256}, as the "Request syntax and signature method V3" page
 * and the official {@code openapiutil} define it.
 * <p>
 * The canonical request is {@code METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders
 * \n hex(sha256(body))}; the signature is {@code hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" +
 * hex(sha256(canonicalRequest))))}. Signed are {@code host}, {@code content-type} and every {@code x-acs-*} header.
 * <p>
 * {@code host} is signed as the HTTP client will send it, from the URL (port included when the URL has one), and is not
 * among the headers returned: the transport writes it from the same URL.
 */
public final class Acs3Signer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Acs3Signer() {
    }

    /**
     * The headers that sign this request: {@code x-acs-date}, {@code x-acs-signature-nonce}, {@code x-acs-content-sha256},
     * {@code x-acs-security-token} with temporary credentials, and {@code Authorization}.
     *
     * @param method      the HTTP method
     * @param url         the full URL, query included, as it will be sent
     * @param headers     the request's other headers (e.g. {@code x-acs-action}, {@code x-acs-version}); those the
     *                    algorithm covers are signed
     * @param body        the body bytes, exactly as sent (empty for none)
     * @param credentials the access key pair, with its security token if temporary
     * @param instant     the signing time
     * @param nonce       a value never used before with this key, e.g. 32 random hex digits
     */
    public static Map<String, String> sign(String method, URI url, Map<String, String> headers, byte[] body,
            Credentials credentials, Instant instant, String nonce) {
        String payloadHash = Digests.sha256Hex(body == null ? new byte[0] : body);
        Map<String, String> added = new LinkedHashMap<>();
        added.put("x-acs-date", DATE.format(instant));
        added.put("x-acs-signature-nonce", nonce);
        added.put("x-acs-content-sha256", payloadHash);
        if (credentials.securityToken() != null && !credentials.securityToken().isEmpty()) {
            added.put("x-acs-security-token", credentials.securityToken());
        }

        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(added);
        all.put("host", hostOf(url));
        Map<String, String> signed = signedHeaders(all);
        String signedNames = String.join(";", signed.keySet());
        String stringToSign = ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest(method, url, signed, payloadHash));
        String signature = Digests.hex(Digests.hmacSha256(credentials.secretKey().getBytes(StandardCharsets.UTF_8), stringToSign));

        added.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKey() + ",SignedHeaders=" + signedNames
                                   + ",Signature=" + signature);
        return added;
    }

    /**
     * The canonical request (visible for the published example's intermediate hash).
     *
     * @param signed the signed headers, names in lower case, sorted
     */
    static String canonicalRequest(String method, URI url, Map<String, String> signed, String payloadHash) {
        StringBuilder canonical = new StringBuilder(method.toUpperCase(Locale.ROOT)).append('\n')
                .append(canonicalUri(url.getRawPath())).append('\n')
                .append(canonicalQuery(url.getRawQuery())).append('\n');
        signed.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        return canonical.append('\n').append(String.join(";", signed.keySet())).append('\n').append(payloadHash).toString();
    }

    /** The headers the algorithm covers: lower-case names, sorted, values trimmed. */
    static Map<String, String> signedHeaders(Map<String, String> headers) {
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-acs-") || lower.equals("host") || lower.equals("content-type")) {
                signed.put(lower, value == null ? "" : value.trim());
            }
        });
        return signed;
    }

    /**
     * RFC 3986 percent-encoding as Alibaba specifies it: UTF-8, only {@code A-Z a-z 0-9 - _ . ~} left as they are, so
     * a space is {@code %20} and {@code *} is {@code %2A}.
     */
    public static String encode(String text) {
        return PercentEncoding.encode(text);
    }

    private static String hostOf(URI url) {
        return url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        // each segment re-encoded from its decoded form, so the result does not depend on how the URL was escaped
        String[] segments = rawPath.split("/", -1);
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(encode(decode(segments[i], false)));
        }
        return uri.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            // the gateway reads the query as a form: '+' is a space there, as the official SDK sends it
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String rawValue = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(new String[] { decode(rawName, true), canonical(rawName), canonical(rawValue) });
        }
        // sorted by the decoded name, as the official SDK sorts its parameter map
        pairs.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[2]));
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(pair[1]).append('=').append(pair[2]);
        }
        return query.toString();
    }

    /** A query part in canonical form; the part itself when it already is (as this component's own queries are). */
    private static String canonical(String raw) {
        return isCanonical(raw) ? raw : encode(decode(raw, true));
    }

    /** Only unreserved characters, and upper-case escapes of bytes that are not unreserved. */
    private static boolean isCanonical(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || !isUpperHex(text.charAt(i + 1)) || !isUpperHex(text.charAt(i + 2))) {
                    return false;
                }
                int b = Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16);
                if (PercentEncoding.isUnreserved(b)) {
                    return false;
                }
                i += 2;
            } else if (!PercentEncoding.isUnreserved(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else if (c < 0x80) {
                bytes.write(c);
                i++;
            } else {
                int end = i + Character.charCount(text.codePointAt(i));
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
