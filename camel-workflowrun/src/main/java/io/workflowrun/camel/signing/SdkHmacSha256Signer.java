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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;

/**
 * Huawei Cloud's AK/SK signature, {@code SDK-HMAC-SHA256}, as API Gateway checks it in front of every Huawei Cloud
 * service (see Huawei's "API Request Signing Guide" and the SDKs' {@code AKSKSigner}).
 * <p>
 * Unlike AWS SigV4 there is no scope and no key derivation: the secret key itself is the HMAC key, and the string to
 * sign is the algorithm, the {@code X-Sdk-Date} and the hash of the canonical request. Every header of the call is
 * signed.
 */
public final class SdkHmacSha256Signer extends HeaderSigner {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    /**
     * The security token of temporary AK/SK. Signed, like every header: the SDK's {@code BasicCredentials} adds it to
     * the request before {@code AKSKSigner} signs the request's headers.
     */
    public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";
    /** When present (and signed) its value stands in for the body hash, e.g. {@code UNSIGNED-PAYLOAD}. */
    static final String CONTENT_SHA256_HEADER = "x-sdk-content-sha256";

    static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Credentials credentials;
    private final Digests.HmacKey key;
    private final String authorizationPrefix;

    /** @param credentials the AK/SK, with the security token of temporary credentials where there is one */
    public SdkHmacSha256Signer(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.key = new Digests.HmacKey(credentials.secretKey().getBytes(StandardCharsets.UTF_8));
        this.authorizationPrefix = ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders=";
    }

    /**
     * The headers {@link #sign} adds, in this order: Host, X-Sdk-Date, X-Security-Token (temporary credentials only),
     * Authorization.
     *
     * @param call the call, its URI's path and query percent-encoded as they will be sent, its headers every one signed;
     *             it must not already hold Host, X-Sdk-Date, X-Security-Token or Authorization
     */
    @Override
    Map<String, String> signatureHeaders(HttpCall call, Instant now) {
        Map<String, String> added = new LinkedHashMap<>(8);
        // sent as well as signed, as the SDK does: the gateway checks the signature against the Host it receives
        added.put("Host", CanonicalRequest.host(call.uri()));
        String date = DATE_FORMAT.format(now);
        added.put(DATE_HEADER, date);
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }

        TreeMap<String, String> signed = CanonicalRequest.headers(call.headers(), name -> true);
        added.forEach((name, value) -> {
            if (signed.put(name.toLowerCase(Locale.ROOT), value) != null) {
                throw new IllegalArgumentException("Header " + name + " is given twice (names are not case-sensitive)");
            }
        });
        String signedNames = CanonicalRequest.names(signed);
        String stringToSign = ALGORITHM + "\n" + date + "\n"
                              + Digests.sha256Hex(canonicalRequest(call.method(), call.uri(), signed, call.body()));
        String signature = Digests.hex(key.sign(stringToSign));

        added.put("Authorization", authorizationPrefix + signedNames + ", Signature=" + signature);
        return added;
    }

    /**
     * The canonical request.
     *
     * @param signed the signed headers, names in lower case, sorted
     */
    static String canonicalRequest(String method, URI uri, Map<String, String> signed, byte[] body) {
        String payloadHash = signed.containsKey(CONTENT_SHA256_HEADER) ? signed.get(CONTENT_SHA256_HEADER) : Digests.sha256Hex(body);
        return CanonicalRequest.of(method, canonicalUri(uri.getRawPath()), canonicalQuery(uri.getRawQuery()), signed,
                CanonicalRequest.names(signed), payloadHash);
    }

    /** Each path segment, decoded then encoded afresh, each followed by a slash: {@code /v1/a b} gives {@code /v1/a%20b/}. */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        // String.split drops trailing empty segments, as Huawei's signer does, so "/a/b/" and "/a/b" sign alike; the
        // SDK's canonical URI always ends in a slash
        for (String segment : rawPath.split("/")) {
            uri.append(PercentEncoding.recode(segment, false)).append('/');
        }
        return uri.toString();
    }

    /**
     * Name=value pairs, decoded then encoded afresh, sorted by name, then by value; a bare name signs as {@code name=}.
     * Percent-decoding only: a '+' stays a '+' (unlike ACS3, whose gateway reads the query as a form), since this
     * signer's callers encode a space as %20.
     */
    static String canonicalQuery(String rawQuery) {
        return CanonicalRequest.recodedQuery(rawQuery);
    }

    @Override
    public String toString() {
        return "SdkHmacSha256Signer[" + credentials + "]";
    }
}
