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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;

/**
 * Tencent Cloud API 3.0 signature, TC3-HMAC-SHA256 ("Signature v3"). Adds {@code X-TC-Timestamp}, {@code X-TC-Token}
 * with temporary credentials, and {@code Authorization} to a call whose other headers are final.
 * <p>
 * Signs {@code content-type}, {@code host} and {@code x-tc-action} by default, as the current revision of Tencent's
 * signing document does (its official SDKs sign only the first two; the server checks whatever {@code SignedHeaders}
 * lists, so both are accepted).
 */
public final class Tc3Signer extends HeaderSigner {

    public static final String ALGORITHM = "TC3-HMAC-SHA256";
    public static final String TIMESTAMP_HEADER = "X-TC-Timestamp";
    /**
     * The session token of temporary credentials. Sent, not signed: the official SDKs (tencentcloud-sdk-java's
     * {@code AbstractClient}) set it beside the signed headers and sign only {@code content-type;host}, and the server
     * checks only what {@code SignedHeaders} lists.
     */
    public static final String SECURITY_TOKEN_HEADER = "X-TC-Token";
    private static final String TERMINATOR = "tc3_request";
    private static final Collection<String> DEFAULT_SIGNED_HEADERS = List.of("content-type", "host", "x-tc-action");
    private static final long SECONDS_PER_DAY = 86_400;

    private final String service;
    private final Credentials credentials;
    private final TreeSet<String> signedHeaders = new TreeSet<>();
    private final String signedNames;
    /** The day's signing key, derived again only when the UTC date changes: three of a signature's four HMACs. */
    private volatile DayKey dayKey;

    /** The signing key of one UTC date, and what the date fixes in the string to sign and the Authorization header. */
    private record DayKey(long epochDay, String scope, Digests.HmacKey key, String authorizationPrefix) {
    }

    /**
     * A signer for one product, e.g. {@code wedata}: the service is part of the key, not derived from the host.
     */
    public Tc3Signer(String service, Credentials credentials) {
        this(service, DEFAULT_SIGNED_HEADERS, credentials);
    }

    /**
     * @param signedHeaders header names to sign; must include {@code content-type} and {@code host}, which Tencent
     *                      requires
     */
    public Tc3Signer(String service, Collection<String> signedHeaders, Credentials credentials) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("TC3 signing needs the service name, e.g. wedata");
        }
        this.service = service;
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        signedHeaders.forEach(name -> this.signedHeaders.add(name.toLowerCase(Locale.ROOT)));
        if (!this.signedHeaders.contains("content-type") || !this.signedHeaders.contains("host")) {
            throw new IllegalArgumentException("TC3 requires content-type and host among the signed headers");
        }
        this.signedNames = String.join(";", this.signedHeaders);
    }

    /**
     * The headers {@link #sign} adds, in this order: X-TC-Timestamp, X-TC-Token (temporary credentials), Authorization.
     *
     * @param call a call without Host (the host is taken from the URI, port included, as the HTTP client sends it) and
     *             without the headers this signer adds
     */
    @Override
    Map<String, String> signatureHeaders(HttpCall call, Instant now) {
        long timestamp = now.getEpochSecond();
        DayKey day = dayKey(Math.floorDiv(timestamp, SECONDS_PER_DAY));
        String stringToSign = ALGORITHM + "\n" + timestamp + "\n" + day.scope() + "\n" + Digests.sha256Hex(canonicalRequest(call));
        String signature = Digests.hex(day.key().sign(stringToSign));

        Map<String, String> added = new LinkedHashMap<>(4);
        added.put(TIMESTAMP_HEADER, Long.toString(timestamp));
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }
        added.put("Authorization", day.authorizationPrefix() + signature);
        return added;
    }

    private DayKey dayKey(long epochDay) {
        DayKey key = dayKey;
        if (key == null || key.epochDay() != epochDay) {
            // the credential scope's date is the UTC date of the timestamp, e.g. 2019-02-25
            String date = LocalDate.ofEpochDay(epochDay).toString();
            String scope = date + "/" + service + "/" + TERMINATOR;
            byte[] derived = Digests.hmacSha256(("TC3" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8), date);
            derived = Digests.hmacSha256(derived, service);
            derived = Digests.hmacSha256(derived, TERMINATOR);
            key = new DayKey(epochDay, scope, new Digests.HmacKey(derived),
                    ALGORITHM + " Credential=" + credentials.accessKey() + "/" + scope + ", SignedHeaders=" + signedNames
                    + ", Signature=");
            // racing threads each derive the same key: whichever is kept, the signature is the same
            dayKey = key;
        }
        return key;
    }

    String canonicalRequest(HttpCall call) {
        TreeMap<String, String> canonical = CanonicalRequest.headers(call.headers(), signedHeaders::contains);
        canonical.put("host", CanonicalRequest.host(call.uri()));
        for (String name : signedHeaders) {
            String value = canonical.get(name);
            if (value == null) {
                throw new IllegalArgumentException("Header " + name + " is to be signed but is not set");
            }
            // TC3 alone lower-cases the values too: the document's CanonicalHeaders rule ("x-tc-action:describeinstances")
            canonical.put(name, value.toLowerCase(Locale.ROOT));
        }
        // API 3.0 fixes the canonical URI at "/" whatever the path: a path prefix in baseUrl (a gateway) is not signed;
        // the query is signed as sent (the POST calls this component makes have none)
        String query = call.uri().getRawQuery() == null ? "" : call.uri().getRawQuery();
        return CanonicalRequest.of(call.method(), "/", query, canonical, signedNames, Digests.sha256Hex(call.body()));
    }

    @Override
    public String toString() {
        return "Tc3Signer[service=" + service + ", signedHeaders=" + signedHeaders + "]";
    }
}
