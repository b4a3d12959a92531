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
package io.workflowrun.camel.spi;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one shared Jackson mapper (thread-safe once configured), and the reader of providers' answers. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    public static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /**
     * Reads answers. An answer is already bounded by {@code maxResponseSize} when it gets here, so no text in it can be
     * longer than that: Jackson's own length limits (20 million characters for a string) would only refuse answers
     * within the user's bound, such as a run whose output is one big text. The nesting depth and number length limits
     * stay: they protect the stack and the CPU, not the heap.
     */
    private static final ObjectMapper ANSWERS = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .build());

    /** What {@link #whyNotAnObject(byte[])} says of bytes that are not JSON, or JSON but not an object. */
    public static final String NOT_AN_OBJECT = "not a JSON object";

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Parses a JSON object from the bytes, once; null when the bytes are empty, not JSON (or beyond its limits), or not an object. */
    public static Map<String, Object> readObjectOrNull(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            return asObject(ANSWERS.readValue(bytes, Object.class));
        } catch (IOException e) {
            return null;
        }
    }

    /** As {@link #readObjectOrNull(byte[])}, from text (an event of a stream): no round trip through bytes. */
    public static Map<String, Object> readObjectOrNull(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return asObject(ANSWERS.readValue(text, Object.class));
        } catch (IOException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    /**
     * Why these bytes are not a JSON object that {@link #readObjectOrNull(byte[])} can read, in a few words; null when
     * they are one. Streams through the bytes without building anything, for error messages.
     */
    public static String whyNotAnObject(byte[] bytes) {
        try (JsonParser parser = ANSWERS.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return NOT_AN_OBJECT;
            }
            parser.skipChildren();
            return null;
        } catch (StreamConstraintsException e) {
            return "JSON beyond this client's limits: " + e.getOriginalMessage();
        } catch (IOException e) {
            return NOT_AN_OBJECT;
        }
    }
}
