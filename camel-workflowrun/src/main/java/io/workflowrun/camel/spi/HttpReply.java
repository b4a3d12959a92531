package io.workflowrun.camel.spi;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A provider's complete HTTP answer.
 *
 * @param status  the HTTP status code
 * @param headers the response headers, names in lower case
 * @param body    the body bytes (empty for none)
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public HttpReply {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A response header by name, any case; null when absent. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
