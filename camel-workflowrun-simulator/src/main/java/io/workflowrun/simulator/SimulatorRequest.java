package io.workflowrun.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request exactly as the simulator received it.
 *
 * @param provider   the provider id whose port received it
 * @param method     the HTTP method
 * @param rawPath    the path as sent, still percent-encoded
 * @param rawQuery   the query as sent, still percent-encoded, or null
 * @param headers    the headers, names in lower case, each with all its values
 * @param body       the body bytes
 * @param receivedAt when it arrived, by the simulator's clock
 */
public record SimulatorRequest(
        String provider, String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
        Instant receivedAt) {

    /** The first value of a header, any case; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
