package io.workflowrun.camel;

import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workflowrun.camel.http.Json;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/** Turns a message body into the workflow's input parameters: a Map, JSON object text, or a POJO; null for none. */
final class MessageParameters {

    private MessageParameters() {
    }

    static Map<String, Object> from(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Map<?, ?> map) {
            return copyWithTextKeys(map);
        }
        if (isText(body)) {
            return parse(message.getMandatoryBody(String.class));
        }
        try {
            return Json.MAPPER.convertValue(body, Json.MAP);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The message body of type " + body.getClass().getName()
                                               + " cannot be the workflow's parameters: send a Map, a JSON object as text, or a POJO");
        }
    }

    /**
     * For a provider that takes free text: the body as it is when it is text but not a JSON object (its first
     * character other than white space is not <code>{</code>); null otherwise, and then {@link #from} reads it. A stream
     * body is replaced by its text, so that it can be read again.
     */
    static String freeText(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null || !isText(body)) {
            return null;
        }
        String text = message.getMandatoryBody(String.class);
        if (!(body instanceof CharSequence || body instanceof byte[] || body instanceof WrappedFile<?>)) {
            message.setBody(text);
        }
        return text.isBlank() || text.stripLeading().startsWith("{") ? null : text;
    }

    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof Reader || body instanceof ByteBuffer || body instanceof StreamCache
               || body instanceof WrappedFile<?>;
    }

    private static Map<String, Object> parse(String text) {
        if (text.isBlank()) {
            return null;
        }
        Object value;
        try {
            value = Json.MAPPER.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The message body is not valid JSON (" + e.getOriginalMessage()
                                               + " at line " + e.getLocation().getLineNr() + ", column "
                                               + e.getLocation().getColumnNr() + "): the workflow's parameters must be a JSON object");
        }
        if (value instanceof Map<?, ?> map) {
            return copyWithTextKeys(map);
        }
        throw new IllegalArgumentException("The message body is JSON " + (value == null ? "null" : "of type "
                                           + value.getClass().getSimpleName())
                                           + ", but the workflow's parameters must be a JSON object");
    }

    private static Map<String, Object> copyWithTextKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((key, value) -> {
            if (key == null) {
                throw new IllegalArgumentException("The message body map has a null key: each parameter needs a name");
            }
            copy.put(key.toString(), value);
        });
        return copy;
    }
}
