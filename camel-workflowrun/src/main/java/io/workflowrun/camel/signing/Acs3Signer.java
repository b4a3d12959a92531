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
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;

/**
 * Alibaba Cloud's request signature V3, {@code ACS3-HMAC-SHA256}, as the "Request syntax and signature method V3" page
 * and the official {@code openapiutil} define it.
 * <p>
 * The canonical request is {@code METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders
 * \n hex(sha256(body))}; the signature is {@code hex(HMAC-SHA256(secret, "ACS3-HMAC-SHA256\n" +
 * hex(sha256(canonicalRequest))))}. Signed are {@code host}, {@code content-type} and every {@code x-acs-*} header.
 * <p>
 * {@code host} is signed as the HTTP client will send it, from the URL (port included when the URL has one), and is not
 * among the headers added: the transport writes it from the same URL.
 */
public final class Acs3Signer extends HeaderSigner {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";
    /**
     * The STS token of temporary credentials. Signed, as every {@code x-acs-*} header is: {@code openapiutil} adds it to
     * the request's headers before it computes the signature.
     */
    public static final String SECURITY_TOKEN_HEADER = "x-acs-security-token";
    /**
     * The error codes with which Alibaba Cloud's API gateway refuses an ACS3 request's key or signature (HTTP 400 or
     * 404; {@code Forbidden.*} answers are 403), for the clients' {@code isAuthenticationRefused}.
     */
    public static final List<String> CREDENTIAL_ERROR_CODES = List.of(
            "InvalidAccessKeyId", "SignatureDoesNotMatch", "IncompleteSignature", "InvalidSecurityToken", "Forbidden");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Credentials credentials;
    private final Supplier<String> nonces;
    /** The secret is the HMAC key itself: V3 derives no key. */
    private final Digests.HmacKey key;
    private final String authorizationPrefix;

    /**
     * @param credentials the access key pair, with its security token if temporary
     * @param nonces      gives each signature its {@code x-acs-signature-nonce}: a value never used before with this
     *                    key, e.g. 32 random hex digits
     */
    public Acs3Signer(Credentials credentials, Supplier<String> nonces) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.key = new Digests.HmacKey(credentials.secretKey().getBytes(StandardCharsets.UTF_8));
        this.authorizationPrefix = ALGORITHM + " Credential=" + credentials.accessKey() + ",SignedHeaders=";
    }

    /**
     * The headers {@link #sign} adds, in this order: {@code x-acs-date}, {@code x-acs-signature-nonce},
     * {@code x-acs-content-sha256}, {@code x-acs-security-token} with temporary credentials, and {@code Authorization}.
     *
     * @param call the call, with the headers the action needs (e.g. {@code x-acs-action}, {@code x-acs-version}), its
     *             URL's query as it will be sent, its body exactly as sent
     */
    @Override
    Map<String, String> signatureHeaders(HttpCall call, Instant now) {
        String payloadHash = Digests.sha256Hex(call.body());
        Map<String, String> added = new LinkedHashMap<>(8);
        added.put("x-acs-date", DATE.format(now));
        added.put("x-acs-signature-nonce", nonces.get());
        added.put("x-acs-content-sha256", payloadHash);
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }

        Map<String, String> signed = signedHeaders(call.headers());
        signed.putAll(added);
        signed.put("host", CanonicalRequest.host(call.uri()));
        String signedNames = CanonicalRequest.names(signed);
        String stringToSign = ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest(call.method(), call.uri(), signed, payloadHash));
        String signature = Digests.hex(key.sign(stringToSign));

        added.put("Authorization", authorizationPrefix + signedNames + ",Signature=" + signature);
        return added;
    }

    /**
     * The canonical request (visible for the published example's intermediate hash).
     *
     * @param signed the signed headers, names in lower case, sorted
     */
    static String canonicalRequest(String method, URI url, Map<String, String> signed, String payloadHash) {
        return CanonicalRequest.of(method, canonicalUri(url.getRawPath()), canonicalQuery(url.getRawQuery()), signed,
                CanonicalRequest.names(signed), payloadHash);
    }

    /** The headers the algorithm covers, in canonical form: lower-case names, sorted, values trimmed. */
    static TreeMap<String, String> signedHeaders(Map<String, String> headers) {
        return CanonicalRequest.headers(headers,
                lower -> lower.startsWith("x-acs-") || lower.equals("host") || lower.equals("content-type"));
    }

    /**
     * RFC 3986 percent-encoding as Alibaba specifies it: UTF-8, only {@code A-Z a-z 0-9 - _ . ~} left as they are, so
     * a space is {@code %20} and {@code *} is {@code %2A}.
     */
    public static String encode(String text) {
        return PercentEncoding.encode(text);
    }

    /**
     * The parameters as Alibaba's RPC APIs take them in a query or a form body: {@code name=value} pairs joined with
     * {@code &}, each side encoded as {@link #encode} does, in the map's order (pass them sorted for the canonical form).
     */
    public static String encodeParameters(Map<String, String> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(encode(name)).append('=').append(encode(value));
        });
        return text.toString();
    }

    private static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        // each segment re-encoded from its decoded form; unlike SDK-HMAC-SHA256 the segments keep their slashes as they
        // are (the path "/" is "/", a trailing slash stays), as openapiutil's canonical URI does
        String[] segments = rawPath.split("/", -1);
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(PercentEncoding.recode(segments[i], false));
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
            pairs.add(new String[] { PercentEncoding.decode(rawName, true), canonical(rawName), canonical(rawValue) });
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
        return isCanonical(raw) ? raw : PercentEncoding.recode(raw, true);
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
}
