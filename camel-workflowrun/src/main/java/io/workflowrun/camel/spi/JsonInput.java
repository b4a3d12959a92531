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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * A JSON object a user gives: a message body, or a header that holds one. It is taken whole or refused whole, with an
 * error that names where it came from, what is wrong and what is expected: exactly one JSON object, nothing after it,
 * at most {@link #MAX_DEPTH} levels deep, and no structure that contains itself. What is taken is plain (maps with text
 * keys, lists, scalars), so that it can always be written as JSON when the request is built.
 */
public final class JsonInput {

    /**
     * The deepest nesting taken. Below Jackson's own limit of 1000, so that a provider can wrap the object in its
     * request (under an {@code inputs} or {@code run_input} field, say) and still write it.
     */
    public static final int MAX_DEPTH = 500;

    private static final String EXPECTED = "expected exactly one JSON object";
    private static final String EXPECTED_ARRAY = "expected exactly one JSON array";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

    private JsonInput() {
    }

    /**
     * JSON text that holds one object and nothing after it.
     *
     * @param what names the input for the error, e.g. {@code The message body} or {@code Header CamelWorkflowRunX}
     */
    public static Map<String, Object> parse(String text, String what) {
        Object value = read(text, what, EXPECTED);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            return object;
        }
        throw new IllegalArgumentException(what + " is " + jsonKind(value) + ", not a JSON object; " + EXPECTED);
    }

    /** JSON text that holds one array and nothing after it (a header that lists objects, say). */
    public static List<Object> parseArray(String text, String what) {
        Object value = read(text, what, EXPECTED_ARRAY);
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> array = (List<Object>) list;
            return array;
        }
        throw new IllegalArgumentException(what + " is " + jsonKind(value) + ", not a JSON array; " + EXPECTED_ARRAY);
    }

    private static Object read(String text, String what, String expected) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            Object value = MAPPER.readValue(parser, Object.class);
            if (hasMore(parser)) {
                throw new IllegalArgumentException(what + " has more after its JSON value (from " + where(parser.currentTokenLocation())
                                                   + "); " + expected + " and nothing after it");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw tooDeep(what, e, expected);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw new IllegalArgumentException(what + " is not valid JSON (" + e.getOriginalMessage()
                                               + (location == null ? "" : " at " + where(location)) + "); " + expected);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A Map: its keys as text, and every value plain (objects inside it as their JSON fields). */
    public static Map<String, Object> fromMap(Map<?, ?> map, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) new Walk(what, EXPECTED).plain(map, "", 1);
        return plain;
    }

    /** A list: every item plain (objects in it as their JSON fields). */
    public static List<Object> fromList(Collection<?> items, String what) {
        @SuppressWarnings("unchecked")
        List<Object> plain = (List<Object>) new Walk(what, EXPECTED_ARRAY).plain(items, "", 1);
        return plain;
    }

    /** An object with fields (a POJO), as Jackson writes it; anything that is not written as a JSON object is refused. */
    public static Map<String, Object> fromObject(Object value, String what) {
        String given = what + " (a " + value.getClass().getName() + ")";
        Object converted = convert(value, given);
        if (converted instanceof Map<?, ?> map) {
            return fromMap(map, what);
        }
        throw new IllegalArgumentException(given + " is written as " + jsonKind(converted)
                                           + ", not as a JSON object; expected a Map, a JSON object as text, or an object with fields");
    }

    private static boolean hasMore(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() != null;
        } catch (JsonProcessingException e) {
            // not even a token: still more after the value
            return true;
        }
    }

    /**
     * The object as Jackson writes it, read back as maps, lists and scalars: the shape it would be sent in. Written
     * through a generator, not converted in memory, so that Jackson's nesting limit stops a structure whose fields
     * refer back to it before the stack overflows.
     */
    private static Object convert(Object value, String given) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsBytes(value), Object.class);
        } catch (IOException e) {
            if (causedBy(e, StreamConstraintsException.class)) {
                throw new IllegalArgumentException(given + " is nested more than " + MAX_DEPTH
                                                   + " levels deep, or its fields refer back to itself; " + EXPECTED
                                                   + " of at most " + MAX_DEPTH + " levels, that does not contain itself");
            }
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            if (e instanceof InvalidDefinitionException && why.contains("self-reference")) {
                throw new IllegalArgumentException(given + " refers back to itself (" + why
                                                   + "); JSON cannot hold a structure that contains itself");
            }
            throw new IllegalArgumentException(given + " cannot be written as JSON (" + why + "); expected a Map, "
                                               + "a JSON object as text, or an object with fields Jackson can read");
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static IllegalArgumentException tooDeep(String what, StreamConstraintsException e, String expected) {
        String why = e.getOriginalMessage();
        if (why != null && why.contains("nesting depth")) {
            return new IllegalArgumentException(what + " is nested more than " + MAX_DEPTH + " levels deep; " + expected
                                                + " of at most " + MAX_DEPTH + " levels");
        }
        return new IllegalArgumentException(what + " is beyond what the JSON reader takes (" + why + "); " + expected);
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String jsonKind(Object value) {
        if (value == null) {
            return "JSON null";
        }
        if (value instanceof List<?>) {
            return "a JSON array";
        }
        if (value instanceof CharSequence) {
            return "a JSON string";
        }
        if (value instanceof Number) {
            return "a JSON number";
        }
        if (value instanceof Boolean) {
            return "a JSON boolean";
        }
        return "a " + value.getClass().getName();
    }

    /** One walk over a structure: copies it plain, and finds where it contains itself or nests too deep. */
    private static final class Walk {

        private final String what;
        private final String expected;
        /** The maps, collections and arrays from the top to where the walk is: one of them again is a cycle. */
        private final Set<Object> path = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(String what, String expected) {
            this.what = what;
            this.expected = expected;
        }

        Object plain(Object value, String at, int depth) {
            if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
                return value;
            }
            if (value instanceof CharSequence text) {
                return text.toString();
            }
            boolean container = value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof Object[];
            if (!container) {
                // an object inside: the JSON Jackson would write for it, walked like the rest
                return plain(convert(value, what + (at.isEmpty() ? "" : " at " + at) + " (a " + value.getClass().getName() + ")"),
                        at, depth);
            }
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException(what + " is nested more than " + MAX_DEPTH + " levels deep; " + expected
                                                   + " of at most " + MAX_DEPTH + " levels");
            }
            if (!path.add(value)) {
                throw new IllegalArgumentException(what + " contains itself" + (at.isEmpty() ? "" : " (at " + at + ")")
                                                   + ": JSON cannot hold a structure that refers back to itself; " + expected);
            }
            try {
                if (value instanceof Map<?, ?> map) {
                    Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        if (entry.getKey() == null) {
                            throw new IllegalArgumentException(what + " map has a null key" + (at.isEmpty() ? "" : " (in " + at + ")")
                                                               + ": each parameter needs a name");
                        }
                        String key = entry.getKey().toString();
                        copy.put(key, plain(entry.getValue(), at.isEmpty() ? key : at + "." + key, depth + 1));
                    }
                    return copy;
                }
                Collection<?> items = value instanceof Collection<?> collection ? collection : Arrays.asList((Object[]) value);
                List<Object> copy = new ArrayList<>(items.size());
                int index = 0;
                for (Object item : items) {
                    copy.add(plain(item, at + "[" + index++ + "]", depth + 1));
                }
                return copy;
            } finally {
                path.remove(value);
            }
        }
    }
}
