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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;

/**
 * AWS Signature Version 4, {@code AWS4-HMAC-SHA256}, in the Authorization header, as the IAM User Guide's "Create a
 * signed AWS API request" defines it for every service but S3: adds {@code X-Amz-Date}, {@code X-Amz-Security-Token}
 * with temporary credentials, and {@code Authorization}.
 * <p>
 * Every header of the call is signed, with {@code host} (as the HTTP client sends it, from the URI) and the headers
 * this signer adds: the AWS SDK for Java v2 signs the token too, and sends and signs the body's hash in
 * {@code X-Amz-Content-Sha256} for every service (where the spec leaves it to S3), which this signer does when asked. Header values are trimmed and their runs of
 * spaces folded to one; the path is normalised and each segment URI-encoded a second time (every service but S3 signs
 * the path encoded twice); the query is decoded and encoded afresh, sorted by name, then by value.
 */
public final class AwsSigV4Signer extends HeaderSigner {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Amz-Date";
    /** The session token of temporary credentials: sent and signed, as the AWS SDKs do. */
    public static final String SECURITY_TOKEN_HEADER = "X-Amz-Security-Token";
    /** The body's SHA-256, in hex. */
    public static final String CONTENT_SHA256_HEADER = "X-Amz-Content-Sha256";
    private static final String TERMINATOR = "aws4_request";
    private static final long SECONDS_PER_DAY = 86_400;
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SCOPE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final String service;
    private final String region;
    private final Credentials credentials;
    private final boolean sendsPayloadHash;
    /** The day's signing key, derived again only when the UTC date changes: four of a signature's five HMACs. */
    private volatile DayKey dayKey;

    private record DayKey(long epochDay, String scope, Digests.HmacKey key) {
    }

    /**
     * @param service the service's signing name, e.g. {@code states}
     * @param region  the region the call goes to, e.g. {@code us-east-1}
     */
    public AwsSigV4Signer(String service, String region, Credentials credentials) {
        this(service, region, credentials, false);
    }

    /**
     * @param sendsPayloadHash whether to send and sign {@code X-Amz-Content-Sha256}, as the AWS SDK for Java v2 does
     *                         for every service
     */
    public AwsSigV4Signer(String service, String region, Credentials credentials, boolean sendsPayloadHash) {
        if (service == null || service.isBlank() || region == null || region.isBlank()) {
            throw new IllegalArgumentException("SigV4 signing needs the service's signing name and the region");
        }
        this.service = service;
        this.region = region;
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.sendsPayloadHash = sendsPayloadHash;
    }

    /**
     * The headers {@link #sign} adds, in this order: X-Amz-Date, X-Amz-Security-Token (temporary credentials),
     * X-Amz-Content-Sha256 (where asked), Authorization.
     *
     * @param call a call without Host (signed from the URI, port included where the URI names one, as the HTTP client
     *             sends it) and without the headers this signer adds
     */
    @Override
    Map<String, String> signatureHeaders(HttpCall call, Instant now) {
        String amzDate = AMZ_DATE.format(now);
        Map<String, String> added = added(call, amzDate);

        TreeMap<String, String> signed = signedHeaders(call, added);
        String signedNames = CanonicalRequest.names(signed);
        DayKey day = dayKey(Math.floorDiv(now.getEpochSecond(), SECONDS_PER_DAY));
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + day.scope() + "\n"
                              + Digests.sha256Hex(canonicalRequest(call, signed));
        String signature = Digests.hex(day.key().sign(stringToSign));

        added.put("Authorization", ALGORITHM + " Credential=" + credentials.accessKey() + "/" + day.scope()
                                   + ", SignedHeaders=" + signedNames + ", Signature=" + signature);
        return added;
    }

    /** The canonical headers: the call's, host, and those this signer adds. */
    private static TreeMap<String, String> signedHeaders(HttpCall call, Map<String, String> added) {
        TreeMap<String, String> signed = CanonicalRequest.headers(call.headers(), name -> true);
        if (signed.containsKey("host")) {
            throw new IllegalArgumentException("Header Host is set by the HTTP client from the URI; the call must not set it");
        }
        signed.put("host", CanonicalRequest.host(call.uri()));
        added.forEach((name, value) -> {
            if (signed.put(name.toLowerCase(Locale.ROOT), value) != null) {
                throw new IllegalArgumentException("Header " + name + " is given twice (names are not case-sensitive)");
            }
        });
        signed.replaceAll((name, value) -> foldSpaces(value));
        return signed;
    }

    private DayKey dayKey(long epochDay) {
        DayKey key = dayKey;
        if (key == null || key.epochDay() != epochDay) {
            String date = SCOPE_DATE.format(LocalDate.ofEpochDay(epochDay));
            byte[] derived = Digests.hmacSha256(("AWS4" + credentials.secretKey()).getBytes(StandardCharsets.UTF_8), date);
            derived = Digests.hmacSha256(derived, region);
            derived = Digests.hmacSha256(derived, service);
            derived = Digests.hmacSha256(derived, TERMINATOR);
            key = new DayKey(epochDay, date + "/" + region + "/" + service + "/" + TERMINATOR, new Digests.HmacKey(derived));
            // racing threads each derive the same key: whichever is kept, the signature is the same
            dayKey = key;
        }
        return key;
    }

    /** The canonical request (visible for the published test suite's intermediate values). */
    static String canonicalRequest(HttpCall call, TreeMap<String, String> signed) {
        return CanonicalRequest.of(call.method(), canonicalUri(call.uri().getRawPath()), CanonicalRequest.recodedQuery(call.uri().getRawQuery()),
                signed, CanonicalRequest.names(signed), Digests.sha256Hex(call.body()));
    }

    /** The canonical request of a call to be signed at this instant, as {@link #sign} computes it. */
    String canonicalRequest(HttpCall call, Instant now) {
        return canonicalRequest(call, signedHeaders(call, added(call, AMZ_DATE.format(now))));
    }

    /** The headers added before the signature. */
    private Map<String, String> added(HttpCall call, String amzDate) {
        Map<String, String> added = new LinkedHashMap<>(8);
        added.put(DATE_HEADER, amzDate);
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }
        if (sendsPayloadHash) {
            added.put(CONTENT_SHA256_HEADER, Digests.sha256Hex(call.body()));
        }
        return added;
    }

    /**
     * The path without empty, {@code .} and {@code ..} segments (a trailing slash kept), each segment as sent encoded
     * again: {@code /a%20b/} signs as {@code /a%2520b/}.
     */
    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
                continue;
            }
            segments.add(PercentEncoding.encode(segment));
        }
        String path = "/" + String.join("/", segments);
        boolean trailingSlash = rawPath.endsWith("/") || rawPath.endsWith("/.") || rawPath.endsWith("/..");
        return trailingSlash && !segments.isEmpty() ? path + "/" : path;
    }

    /** A header value as SigV4 signs it: trimmed, each run of spaces one space. */
    private static String foldSpaces(String value) {
        String trimmed = value.trim();
        if (!trimmed.contains("  ")) {
            return trimmed;
        }
        return trimmed.replaceAll(" {2,}", " ");
    }

    @Override
    public String toString() {
        return "AwsSigV4Signer[service=" + service + ", region=" + region + ", " + credentials + "]";
    }
}
