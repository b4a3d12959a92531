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
package io.workflowrun.camel.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks providers run on their options when an endpoint is created; every message names the option. */
public final class Options {

    private Options() {
    }

    /** The value, or an error naming the option the provider needs. */
    public static String require(String value, String option, String providerId) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    "Option " + option + " is required for provider " + providerId + " but was not set");
        }
        return value;
    }

    /** An optional option's value, trimmed; null when not set or blank. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The access key pair the provider signs with (both required), and the session token where one is set. */
    public static Credentials credentials(AccessKeyOptions options, String providerId) {
        return new Credentials(require(options.getAccessKey(), "accessKey", providerId),
                require(options.getSecretKey(), "secretKey", providerId), optional(options.getSecurityToken()));
    }

    /**
     * The endpoint's base URL: the {@code baseUrl} option when set, else the provider's default. No trailing slash, so
     * that paths can be appended.
     *
     * @param defaultUrl the provider's default, or null where the provider has none (then the option is required)
     */
    public static URI baseUrl(String option, String defaultUrl, String providerId) {
        String text = option != null && !option.isBlank() ? option.trim() : defaultUrl;
        if (text == null) {
            throw new IllegalArgumentException("Option baseUrl is required for provider " + providerId
                                               + " (there is no default endpoint) but was not set");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw badBaseUrl(text, "it is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw badBaseUrl(text, "the scheme must be http or https");
        }
        if (uri.getHost() == null) {
            throw badBaseUrl(text, "it has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw userInfo(text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw query(text);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * Refuses a baseUrl with user info (a password before '@') or a query (which may hold a key), without quoting
     * either; other faults are found when the endpoint's options are checked.
     */
    public static void requireNoCredentials(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.trim());
        } catch (URISyntaxException e) {
            return;
        }
        if (uri.getRawUserInfo() != null) {
            throw userInfo(baseUrl);
        }
        if (uri.getRawQuery() != null) {
            throw query(baseUrl);
        }
    }

    private static IllegalArgumentException query(String text) {
        return badBaseUrl(text, "it may have only a scheme, host, port and path prefix, no query or fragment (not shown)");
    }

    private static IllegalArgumentException userInfo(String text) {
        return badBaseUrl(text, "it has user info before '@' (not shown): credentials go in the provider's key options, never in the URL");
    }

    private static IllegalArgumentException badBaseUrl(String text, String why) {
        return new IllegalArgumentException("Option baseUrl '" + shown(text) + "' is not usable: " + why
                                            + "; expected e.g. https://host[:port][/path-prefix]");
    }

    /** A URL as it may be quoted in an error or a log: user info, query and fragment (which may hold keys) masked. */
    private static String shown(String url) {
        String masked = withoutUserInfo(url);
        int userInfoEnd = masked.lastIndexOf('@');
        if (masked.equals(url) && userInfoEnd >= 0) {
            // user info without a scheme's "//" before it
            masked = "***" + masked.substring(userInfoEnd);
        }
        int end = masked.length();
        for (char c : new char[] { '?', '#' }) {
            int index = masked.indexOf(c);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        return end < masked.length() ? masked.substring(0, end + 1) + "***" : masked;
    }

    // scheme://user:password@ as written, or percent-encoded inside an endpoint URI (%3A%2F%2F...%40)
    private static final Pattern USER_INFO = Pattern.compile("(://|%3A%2F%2F)([^/?#&@]*?)(@|%40)", Pattern.CASE_INSENSITIVE);

    /**
     * The text with the user info of any URL in it (a password in {@code https://user:password@host}) replaced by
     * {@code ***}, also where the URL is percent-encoded.
     */
    private static String withoutUserInfo(String text) {
        return text == null ? null : USER_INFO.matcher(text).replaceAll("$1***$3");
    }
}
