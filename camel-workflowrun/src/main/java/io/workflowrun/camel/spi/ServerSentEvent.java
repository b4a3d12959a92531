package io.workflowrun.camel.spi;

/** One event of a {@code text/event-stream} answer. */
public record ServerSentEvent(String event, String data, String id) {
}
