package io.workflowrun.camel.spi;

import java.net.URI;
import java.util.Map;

/**
 * A signed HTTP request, ready to send.
 *
 * @param method      the HTTP method
 * @param uri         the full request URI
 * @param headers     the request headers, exactly as signed
 * @param body        the body bytes, exactly as signed (empty for none)
 * @param eventStream whether the answer is a {@code text/event-stream} to hand to
 *                    {@link ProviderClient#readEvent}
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body, boolean eventStream) {

    public HttpCall {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpCall of(String method, URI uri, Map<String, String> headers, byte[] body) {
        return new HttpCall(method, uri, headers, body, false);
    }
}
