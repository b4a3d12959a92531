package io.workflowrun.camel.http;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one shared Jackson mapper (thread-safe once configured). */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    public static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a JSON object; null when the bytes are empty, not JSON, or not an object. */
    public static Map<String, Object> readObjectOrNull(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            Object value = MAPPER.readValue(bytes, Object.class);
            if (value instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) value;
                return map;
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
