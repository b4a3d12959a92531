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
package io.workflowrun.simulator.aws;

import static io.workflowrun.simulator.Hashing.hex;
import static io.workflowrun.simulator.Hashing.hmac;
import static io.workflowrun.simulator.Hashing.sha256Hex;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.workflowrun.simulator.SimulatorRequest;

/**
 * Checks an AWS Signature Version 4 request ({@code AWS4-HMAC-SHA256} in the Authorization header) the way an AWS JSON
 * service's front end does, from the IAM User Guide's "Create a signed AWS API request": the canonical request is
 * rebuilt from the request exactly as received and signed with the key derived from the secret of the access key it
 * names, for the date, region and service of its credential scope.
 * <p>
 * Written apart from the component's signer (the JDK's URL encoder and decoder, its own path normalisation), so that
 * the two check each other. Checks, in order: the Authorization header's form, {@code X-Amz-Date}, the credential
 * scope, the date window, the access key and its session token, the signed header set, and the signature.
 */
public final class SigV4Verifier {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /**
     * How far {@code X-Amz-Date} may be from the service's clock, either way: the IAM User Guide's "in most cases, a
     * request must reach AWS within five minutes of the time stamp", as AWS JSON services' own "Signature expired"
     * answers say ({@code ... - 5 min.}).
     */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final String MISMATCH = "The request signature we calculated does not match the signature you provided. Check your AWS"
                                           + " Secret Access Key and signing method. Consult the service documentation for details.";
    private static final String INVALID_TOKEN = "The security token included in the request is invalid.";

    private final String service;

    /** @param service the signing name the credential scope must name, e.g. {@code states} */
    public SigV4Verifier(String service) {
        this.service = service;
    }

    /** A key the service knows: its secret, and for temporary credentials the session token that must come with it. */
    public record Key(String secret, String sessionToken, boolean expired) {
    }

    /** Looks up an access key ID; null for one the service does not know. */
    @FunctionalInterface
    public interface Keys {
        Key find(String accessKeyId);
    }

    /** Why the service refuses a request: HTTP status, the error's name (its {@code __type}) and message. */
    public record Rejection(int status, String code, String message) {
    }

    /** An authentic request: the key that signed it and the region its credential is scoped to. */
    public record Signer(String accessKeyId, String region) {
    }

    /** The outcome: a signer, or a rejection. */
    public record Outcome(Signer signer, Rejection rejection) {
    }

    public Outcome verify(SimulatorRequest request, Keys keys) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            return refuse(400, "MissingAuthenticationTokenException", "Request is missing Authentication Token");
        }
        Map<String, String> fields = fields(authorization);
        String amzDate = request.header("x-amz-date");
        List<String> missing = new ArrayList<>();
        for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
            if (fields == null || fields.get(name) == null || fields.get(name).isEmpty()) {
                missing.add("Authorization header requires '" + name + "' parameter.");
            }
        }
        if (amzDate == null) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            return refuse(400, "IncompleteSignatureException", String.join(" ", missing));
        }
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return refuse(400, "IncompleteSignatureException",
                    "Date must be in ISO-8601 'basic format'. Got '" + amzDate + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }

        String[] scope = fields.get("Credential").split("/", -1);
        if (scope.length != 5 || !scope[4].equals("aws4_request")) {
            return refuse(400, "IncompleteSignatureException", "Credential should be scoped with a valid terminator: 'aws4_request', not '"
                                                               + scope[scope.length - 1] + "'. ");
        }
        String accessKeyId = scope[0];
        String scopeDate = scope[1];
        String region = scope[2];
        if (!scopeDate.equals(amzDate.substring(0, 8))) {
            return refuse(400, "InvalidSignatureException", "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                                                            + " from HTTP: '" + scopeDate + "' != '" + amzDate.substring(0, 8)
                                                            + "', from '" + amzDate + "'.");
        }
        if (!scope[3].equals(service)) {
            return refuse(400, "InvalidSignatureException", "Credential should be scoped to correct service: '" + service + "'. ");
        }
        if (!region.matches("[a-z]{2,}(-[a-z]+)+-\\d+")) {
            return refuse(400, "InvalidSignatureException", "Credential should be scoped to a valid region. ");
        }

        Instant now = request.receivedAt();
        String nowText = AMZ_DATE.format(now.atOffset(ZoneOffset.UTC));
        if (signedAt.isBefore(now.minus(WINDOW))) {
            return refuse(400, "InvalidSignatureException", "Signature expired: " + amzDate + " is now earlier than "
                                                            + AMZ_DATE.format(now.minus(WINDOW).atOffset(ZoneOffset.UTC)) + " (" + nowText
                                                            + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(WINDOW))) {
            return refuse(400, "InvalidSignatureException", "Signature not yet current: " + amzDate + " is still later than "
                                                            + AMZ_DATE.format(now.plus(WINDOW).atOffset(ZoneOffset.UTC)) + " (" + nowText
                                                            + " + 5 min.)");
        }

        Key key = keys.find(accessKeyId);
        String token = request.header("x-amz-security-token");
        if (key == null || !(key.sessionToken() == null ? token == null : key.sessionToken().equals(token))) {
            // an unknown key, a token given with long-term keys, a temporary key without its own token
            return refuse(400, "UnrecognizedClientException", INVALID_TOKEN);
        }
        if (key.expired()) {
            return refuse(400, "ExpiredTokenException", "The security token included in the request is expired");
        }

        String signedHeaders = fields.get("SignedHeaders");
        List<String> signedNames = Arrays.asList(signedHeaders.split(";"));
        if (!signedNames.contains("host")) {
            return refuse(400, "IncompleteSignatureException", "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!signedNames.contains("x-amz-date")) {
            return refuse(400, "IncompleteSignatureException", "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String bodyHash = sha256Hex(request.body());
        String declaredHash = request.header("x-amz-content-sha256");
        if (declaredHash != null && !declaredHash.equals(bodyHash)) {
            return refuse(400, "InvalidSignatureException", "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        String canonical = canonicalRequest(request, signedHeaders, signedNames, bodyHash);
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scopeDate + "/" + region + "/" + service + "/aws4_request\n"
                              + (canonical == null ? "" : sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] signingKey = hmac(hmac(hmac(hmac(("AWS4" + key.secret()).getBytes(StandardCharsets.UTF_8), scopeDate), region), service),
                "aws4_request");
        String expected = hex(hmac(signingKey, stringToSign));
        String given = fields.get("Signature");
        if (canonical == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            // as AWS JSON services answer: what they computed, so a client can compare it with its own
            return refuse(400, "InvalidSignatureException", MISMATCH + (canonical == null ? "" : "\n\nThe Canonical String for this request"
                                                                    + " should have been\n'" + canonical + "'\n\nThe String-to-Sign should"
                                                                    + " have been\n'" + stringToSign + "'\n"));
        }
        return new Outcome(new Signer(accessKeyId, region), null);
    }

    /**
     * The canonical request as the service rebuilds it from what it received; null when a signed header is missing.
     *
     * @param signedHeaders the SignedHeaders list as sent: that exact text is what the client signed
     */
    static String canonicalRequest(SimulatorRequest request, String signedHeaders, List<String> signedNames, String bodyHash) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(canonicalPath(request.rawPath())).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        TreeMap<String, String> headers = new TreeMap<>();
        for (String name : signedNames) {
            List<String> values = request.headers().get(name);
            if (values == null || values.isEmpty()) {
                return null;
            }
            List<String> folded = new ArrayList<>();
            for (String value : values) {
                folded.add(value.trim().replaceAll(" +", " "));
            }
            headers.put(name, String.join(",", folded));
        }
        headers.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        canonical.append('\n').append(signedHeaders).append('\n').append(bodyHash);
        return canonical.toString();
    }

    /** RFC 3986 dot segments and empty segments removed; each segment, as sent, encoded once more (every service but S3). */
    static String canonicalPath(String rawPath) {
        Deque<String> kept = new ArrayDeque<>();
        String path = rawPath == null ? "" : rawPath;
        for (String segment : path.split("/")) {
            switch (segment) {
                case "", "." -> {
                }
                case ".." -> kept.pollLast();
                default -> kept.addLast(encode(segment));
            }
        }
        if (kept.isEmpty()) {
            return "/";
        }
        boolean directory = path.endsWith("/") || path.endsWith("/.") || path.endsWith("/..");
        return "/" + String.join("/", kept) + (directory ? "/" : "");
    }

    /** Each name and value decoded, then encoded per RFC 3986; sorted by name, then value. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int split = pair.indexOf('=');
            parameters.add(new String[] {encode(decode(split < 0 ? pair : pair.substring(0, split))),
                                         encode(decode(split < 0 ? "" : pair.substring(split + 1)))});
        }
        parameters.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder();
        for (String[] parameter : parameters) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(parameter[0]).append('=').append(parameter[1]);
        }
        return query.toString();
    }

    /** Percent-decoding; a '+' is itself here, not a space (SigV4 reads the query as RFC 3986, not as a form). */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986 by the usual recipe for Java: URLEncoder, then {@code + * %7E} fixed up. */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private static Map<String, String> fields(String authorization) {
        if (!authorization.startsWith(ALGORITHM + " ")) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                fields.put(field.substring(0, eq).trim(), field.substring(eq + 1).trim());
            }
        }
        return fields;
    }

    private static Outcome refuse(int status, String code, String message) {
        return new Outcome(null, new Rejection(status, code, message));
    }
}
