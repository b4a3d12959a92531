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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What TC3-HMAC-SHA256, ACS3-HMAC-SHA256, SDK-HMAC-SHA256 and AWS Signature V4 share (the first three descend from it): the
 * canonical request is {@code METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n
 * PayloadHash}, the canonical headers are {@code name:value} lines, names in lower case and sorted, values trimmed, and
 * the signed header names are those names joined by {@code ;}. How each algorithm forms the URI, the query and the
 * payload hash, and which headers it signs, stays in its signer.
 */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    /**
     * The {@code Host} the HTTP client sends for this URI, which all three sign: the host, with the port only where the
     * URI names one.
     */
    static String host(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /**
     * The headers an algorithm signs, in canonical form: names in lower case, sorted, values trimmed.
     *
     * @param signs whether the algorithm signs the header of this lower-case name
     * @throws IllegalArgumentException for a signed header given twice under names that differ only in case: which
     *                                  value a server would read is not known, so neither is signed
     */
    static TreeMap<String, String> headers(Map<String, String> headers, Predicate<String> signs) {
        TreeMap<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (signs.test(lower) && signed.put(lower, value == null ? "" : value.trim()) != null) {
                throw new IllegalArgumentException("Header " + name + " is given twice (names are not case-sensitive)");
            }
        });
        return signed;
    }

    /**
     * The query as SDK-HMAC-SHA256 and SigV4 sign it: name=value pairs, each part percent-decoded then encoded afresh
     * (RFC 3986, so a '+' stays a '+' and signs as {@code %2B}), sorted by name, then by value; a bare name signs as
     * {@code name=}.
     */
    static String recodedQuery(String rawQuery) {
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
            sorted.computeIfAbsent(PercentEncoding.recode(name, false), k -> new ArrayList<>())
                    .add(PercentEncoding.recode(value, false));
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

    /** The signed header names: the canonical headers' names joined by {@code ;}. */
    static String names(Map<String, String> canonicalHeaders) {
        return String.join(";", canonicalHeaders.keySet());
    }

    /**
     * The canonical request.
     *
     * @param canonicalHeaders as {@link #headers} gives them
     * @param payloadHash      the lower-case hex SHA-256 of the body, or what the algorithm puts in its place
     */
    static String of(String method, String canonicalUri, String canonicalQuery, Map<String, String> canonicalHeaders,
            String signedNames, String payloadHash) {
        StringBuilder request = new StringBuilder(256)
                .append(method.toUpperCase(Locale.ROOT)).append('\n')
                .append(canonicalUri).append('\n')
                .append(canonicalQuery).append('\n');
        canonicalHeaders.forEach((name, value) -> request.append(name).append(':').append(value).append('\n'));
        return request.append('\n').append(signedNames).append('\n').append(payloadHash).toString();
    }
}
