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
