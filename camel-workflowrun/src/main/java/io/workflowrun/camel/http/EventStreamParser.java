package io.workflowrun.camel.http;

import java.util.function.Consumer;

import io.workflowrun.camel.spi.ServerSentEvent;

/**
 * Incremental {@code text/event-stream} parser (WHATWG HTML, "server-sent events"): fed text as it arrives, it hands
 * each complete event on. Not thread-safe; one per stream.
 */
public final class EventStreamParser {

    private final Consumer<ServerSentEvent> sink;
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder data = new StringBuilder();
    private String event;
    private String id;
    private boolean dataSeen;
    private boolean lastWasCarriageReturn;

    public EventStreamParser(Consumer<ServerSentEvent> sink) {
        this.sink = sink;
    }

    public void feed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && lastWasCarriageReturn) {
                lastWasCarriageReturn = false;
                continue;
            }
            lastWasCarriageReturn = c == '\r';
            if (c == '\n' || c == '\r') {
                endLine();
            } else {
                line.append(c);
            }
        }
    }

    private void endLine() {
        if (line.length() == 0) {
            dispatch();
            return;
        }
        if (line.charAt(0) != ':') {
            int colon = line.indexOf(":");
            String field = colon < 0 ? line.toString() : line.substring(0, colon);
            int start = colon < 0 ? line.length() : colon + 1;
            if (start < line.length() && line.charAt(start) == ' ') {
                start++;
            }
            String value = line.substring(start);
            switch (field) {
                case "data" -> {
                    if (dataSeen) {
                        data.append('\n');
                    }
                    data.append(value);
                    dataSeen = true;
                }
                case "event" -> event = value;
                case "id" -> id = value;
                default -> {
                    // retry and unknown fields do not matter to a one-shot reader
                }
            }
        }
        line.setLength(0);
    }

    private void dispatch() {
        if (dataSeen) {
            sink.accept(new ServerSentEvent(event == null ? "message" : event, data.toString(), id));
        }
        data.setLength(0);
        dataSeen = false;
        event = null;
    }
}
