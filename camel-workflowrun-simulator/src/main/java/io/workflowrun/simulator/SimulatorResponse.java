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
 * @param events  for {@code text/event-stream} answers: the {@code data:} payload of each event, in order; else null
 */
public record SimulatorResponse(int status, Map<String, String> headers, byte[] body, List<String> events) {

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

    /** A {@code text/event-stream} answer whose events carry these JSON values as {@code data:}. */
    public static SimulatorResponse eventStream(List<?> events) {
        List<String> data = events.stream().map(event -> {
            try {
                return JSON.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }).toList();
        return new SimulatorResponse(200, Map.of("Content-Type", "text/event-stream", "Cache-Control", "no-cache"),
                new byte[0], data);
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
