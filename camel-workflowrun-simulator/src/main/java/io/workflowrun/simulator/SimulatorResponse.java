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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the simulator answers: a whole body, or a stream of server-sent events written one by one.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body bytes (for a stream: none)
 * @param events  for {@code text/event-stream} answers: what the stream tells, as it goes; else null
 */
public record SimulatorResponse(int status, Map<String, String> headers, byte[] body, EventSource events) {

    static final ObjectMapper JSON = new ObjectMapper();

    public static SimulatorResponse json(int status, Object value) {
        try {
            return new SimulatorResponse(status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(value), null);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static SimulatorResponse text(int status, String contentType, String text) {
        return new SimulatorResponse(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8), null);
    }

    public static SimulatorResponse empty(int status) {
        return new SimulatorResponse(status, Map.of(), new byte[0], null);
    }

    /** A {@code text/event-stream} answer whose events carry these JSON values as {@code data:}, all at once. */
    public static SimulatorResponse eventStream(List<?> events) {
        return eventStream(EventSource.of(events.stream().map(SimulatorResponse::jsonText).toList()));
    }

    /** A {@code text/event-stream} answer that tells what the source has as it goes, with keep-alive pings in between. */
    public static SimulatorResponse eventStream(EventSource source) {
        return new SimulatorResponse(200, Map.of("Content-Type", "text/event-stream", "Cache-Control", "no-cache"),
                new byte[0], source);
    }

    /** A value as JSON text. */
    public static String jsonText(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** No answer at all: the connection is closed once the request has been read (the client cannot tell whether it was processed). */
    public static SimulatorResponse noAnswer() {
        return new SimulatorResponse(-1, Map.of(), new byte[0], null);
    }

    /** Whether this is {@link #noAnswer()}. */
    public boolean isNoAnswer() {
        return status < 0;
    }

    /** The same answer with one more header. */
    public SimulatorResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new SimulatorResponse(status, more, body, events);
    }
}
