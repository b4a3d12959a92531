package io.workflowrun.camel.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.signing.Credentials;

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
    public static Credentials credentials(WorkflowRunConfiguration configuration, String providerId) {
        return new Credentials(require(configuration.getAccessKey(), "accessKey", providerId),
                require(configuration.getSecretKey(), "secretKey", providerId), optional(configuration.getSecurityToken()));
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
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw badBaseUrl(text, "it may have only a scheme, host, port and path prefix");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static IllegalArgumentException badBaseUrl(String text, String why) {
        return new IllegalArgumentException("Option baseUrl '" + text + "' is not usable: " + why
                                            + "; expected e.g. https://host[:port][/path-prefix]");
    }
}
