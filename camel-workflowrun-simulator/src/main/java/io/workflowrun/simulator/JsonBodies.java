package io.workflowrun.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;

/** Reading JSON request bodies in handlers. */
public final class JsonBodies {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonBodies() {
    }

    /** The body as a JSON object, or null when it is not one. */
    public static Map<String, Object> object(SimulatorRequest request) {
        return object(request.body());
    }

    /** Text (a parameter's value, say) as a JSON object, or null when it is not one. */
    public static Map<String, Object> object(String text) {
        return object(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> object(byte[] json) {
        if (json.length == 0) {
            return null;
        }
        try {
            Object value = SimulatorResponse.JSON.readValue(json, Object.class);
            return value instanceof Map<?, ?> ? SimulatorResponse.JSON.convertValue(value, MAP) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
