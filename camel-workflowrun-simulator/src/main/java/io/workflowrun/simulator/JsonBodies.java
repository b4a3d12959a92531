package io.workflowrun.simulator;

import java.io.IOException;
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
        if (request.body().length == 0) {
            return null;
        }
        try {
            Object value = SimulatorResponse.JSON.readValue(request.body(), Object.class);
            return value instanceof Map<?, ?> ? SimulatorResponse.JSON.convertValue(value, MAP) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
