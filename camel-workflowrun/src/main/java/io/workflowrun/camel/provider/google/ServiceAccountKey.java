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
package io.workflowrun.camel.provider.google;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.util.Locale;
import java.util.Map;

import io.workflowrun.camel.signing.Rs256Jwt;
import io.workflowrun.camel.spi.Json;

/**
 * What the calls need of a service account's JSON key: the account ({@code client_email}), the key's ID
 * ({@code private_key_id}, the assertion's {@code kid}), its private key and the token endpoint ({@code token_uri}).
 * Neither the key's text nor its private key ever appears in a message or {@code toString()}.
 */
record ServiceAccountKey(String clientEmail, String privateKeyId, RSAPrivateKey privateKey, URI tokenUri) {

    /** Google's token endpoint: a key's token_uri, and the audience of every assertion (as Google's auth library sets it). */
    static final String GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token";

    private static final String OPTION = "Option serviceAccountKey";

    /**
     * Reads the option's value: the key file's JSON, or {@code file:} and the path of the key file.
     *
     * @param baseUrl against which a token_uri that is only a path is resolved (the simulator's sample key has one)
     * @throws IllegalArgumentException naming the option and what is wrong, never quoting the key
     */
    static ServiceAccountKey read(String value, URI baseUrl) {
        String text = value.strip();
        String source = OPTION;
        if (text.regionMatches(true, 0, "file:", 0, 5)) {
            String path = text.substring(5);
            source = OPTION + " (the file " + path + ")";
            text = readFile(path, source);
        }
        if (!text.startsWith("{")) {
            throw new IllegalArgumentException(OPTION + " is not a service account's JSON key: expected the key file's content,"
                                               + " a JSON object starting with '{', or file: and the path of the key file");
        }
        Map<String, Object> json = Json.readObjectOrNull(text);
        if (json == null) {
            throw new IllegalArgumentException(source + " is not a service account's JSON key: it is not a JSON object that can be read");
        }
        Object type = json.get("type");
        if (type != null && !"service_account".equals(type)) {
            throw new IllegalArgumentException(source + " is a key of type '" + type + "', but provider " + GoogleWorkflowsProvider.ID
                                               + " takes a service account's key (type service_account)");
        }
        String clientEmail = text(json, "client_email", source);
        if (clientEmail == null) {
            throw new IllegalArgumentException(source + " has no client_email: expected a service account's JSON key as the"
                                               + " Google Cloud console downloads it");
        }
        RSAPrivateKey privateKey = Rs256Jwt.privateKey(text(json, "private_key", source), "The private_key of " + source);
        return new ServiceAccountKey(clientEmail, text(json, "private_key_id", source), privateKey,
                tokenUri(text(json, "token_uri", source), baseUrl, source));
    }

    private static String readFile(String path, String source) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            throw new IllegalArgumentException(source + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(Map<String, Object> json, String field, String source) {
        Object value = json.get(field);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("The " + field + " of " + source + " is not text");
        }
        String text = (String) value;
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The key's token_uri (Google's when it has none), over https, or http to this machine only. */
    private static URI tokenUri(String text, URI baseUrl, String source) {
        if (text == null) {
            return URI.create(GOOGLE_TOKEN_URI);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The token_uri of " + source + " is not a URL (" + e.getReason() + ")");
        }
        if (!uri.isAbsolute() && uri.getRawAuthority() == null && text.startsWith("/")) {
            return baseUrl.resolve(text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http") && isLoopback(host))) {
            throw new IllegalArgumentException("The token_uri of " + source + " is '" + text + "': expected an https URL such as "
                                               + GOOGLE_TOKEN_URI + " (http only to this machine)");
        }
        return uri;
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    /** The account and the token endpoint only. */
    @Override
    public String toString() {
        return "ServiceAccountKey[clientEmail=" + clientEmail + ", privateKeyId=" + privateKeyId + ", privateKey=***, tokenUri="
               + tokenUri + "]";
    }
}
