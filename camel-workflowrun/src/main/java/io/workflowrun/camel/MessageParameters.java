package io.workflowrun.camel;

import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.util.Map;

import io.workflowrun.camel.spi.JsonInput;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns a message body into the workflow's input parameters: a Map, JSON object text, or a POJO; null for none. A body
 * that is not exactly one JSON object is refused whole (see {@link JsonInput}).
 */
final class MessageParameters {

    private static final String BODY = "The message body";

    private MessageParameters() {
    }

    static Map<String, Object> from(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Map<?, ?> map) {
            return JsonInput.fromMap(map, BODY);
        }
        if (isText(body)) {
            String text = message.getMandatoryBody(String.class);
            return text.isBlank() ? null : JsonInput.parse(text, BODY);
        }
        return JsonInput.fromObject(body, BODY);
    }

    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof Reader || body instanceof ByteBuffer || body instanceof StreamCache
               || body instanceof WrappedFile<?>;
    }
}
