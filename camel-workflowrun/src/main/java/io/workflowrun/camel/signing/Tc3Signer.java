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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tencent Cloud API 3.0 signature, TC3-HMAC-SHA256 ("Signature v3"). Adds {@code X-TC-Timestamp} and
 * {@code Authorization} to a request whose other headers are final.
 * <p>
 * Signs {@code content-type}, {@code host} and {@code x-tc-action} by default, as the current revision of Tencent's
 * signing document does (its official SDKs sign only the first two; the server checks whatever {@code SignedHeaders}
 * lists, so both are accepted).
 */
public final class Tc3Signer {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String TIMESTAMP_HEADER = "X-TC-Timestamp";
    private static final String TERMINATOR = "tc3_request";
    private static final Collection<String> DEFAULT_SIGNED_HEADERS = List.of("content-type", "host", "x-tc-action");

    private final String service;
    private final TreeSet<String> signedHeaders = new TreeSet<>();

    /** A signer for one product, e.g. {@code wedata}: the service is part of the key, not derived from the host. */
    public Tc3Signer(String service) {
        this(service, DEFAULT_SIGNED_HEADERS);
    }

    /**
     * @param signedHeaders header names to sign; must include {@code content-type} and {@code host}, which Tencent
     *                      requires
     */
    public Tc3Signer(String service, Collection<String> signedHeaders) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("TC3 signing needs the service name, e.g. wedata");
        }
        this.service = service;
        signedHeaders.forEach(name -> this.signedHeaders.add(name.toLowerCase(Locale.ROOT)));
        if (!this.signedHeaders.contains("content-type") || !this.signedHeaders.contains("host")) {
            throw new IllegalArgumentException("TC3 requires content-type and host among the signed headers");
        }
    }

    /**
     * The headers to add: {@code X-TC-Timestamp} and {@code Authorization}.
     *
     * @param headers the request's headers (any case), without Host: the host is taken from the URI, port included,
     *                as the HTTP client sends it
     */
    public Map<String, String> sign(String method, URI uri, Map<String, String> headers, byte[] body,
            Credentials credentials, Instant instant) {
        long timestamp = instant.getEpochSecond();
        String date = instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String scope = date + "/" + service + "/" + TERMINATOR;
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + scope + "\n"
                              + Digests.sha256Hex(canonicalRequest(method, uri, headers, body));

        byte[] key = Digests.hmacSha256(("TC3" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8), date);
        key = Digests.hmacSha256(key, service);
        key = Digests.hmacSha256(key, TERMINATOR);
        String signature = Digests.hex(Digests.hmacSha256(key, stringToSign));

        Map<String, String> added = new LinkedHashMap<>();
        added.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        added.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKey() + "/" + scope
                                   + ", SignedHeaders=" + String.join(";", signedHeaders) + ", Signature=" + signature);
        return added;
    }

    String canonicalRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
        Map<String, String> byName = new TreeMap<>();
        headers.forEach((name, value) -> byName.put(name.toLowerCase(Locale.ROOT), value));
        byName.put("host", hostOf(uri));
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders) {
            String value = byName.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Header " + name + " is to be signed but is not set");
            }
            canonicalHeaders.append(name).append(':').append(value.trim().toLowerCase(Locale.ROOT)).append('\n');
        }
        // API 3.0 fixes the canonical URI at "/" whatever the path: a path prefix in baseUrl (a gateway) is not signed
        return method.toUpperCase(Locale.ROOT) + "\n/\n"
               + (uri.getRawQuery() == null ? "" : uri.getRawQuery()) + "\n"
               + canonicalHeaders + "\n"
               + String.join(";", signedHeaders) + "\n"
               + Digests.sha256Hex(body == null ? new byte[0] : body);
    }

    private static String hostOf(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public String toString() {
        return "Tc3Signer[service=" + service + ", signedHeaders=" + signedHeaders + "]";
    }
}
