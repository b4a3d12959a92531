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
package io.workflowrun.camel.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import io.workflowrun.camel.spi.ServerSentEvent;

/**
 * Incremental {@code text/event-stream} parser (WHATWG HTML, "server-sent events"): fed bytes as they arrive, it hands
 * each complete event on. Lines are split on the bytes CR and LF, which UTF-8 never uses inside a character, and each
 * line is decoded whole. A line, or the data of one event, longer than the bound stops the parser: a stream that never
 * ends a line must not fill the heap. Not thread-safe; one per stream.
 */
public final class EventStreamParser {

    private final int limit;
    private final Consumer<ServerSentEvent> sink;
    private byte[] line;
    private int lineLength;
    private final StringBuilder data = new StringBuilder();
    private long dataBytes;
    private String event;
    private String id;
    private boolean dataSeen;
    private boolean lastWasCarriageReturn;
    private boolean overLimit;

    /**
     * @param limit the most bytes one line, or the data of one event, may take
     * @param sink  told each complete event
     */
    public EventStreamParser(int limit, Consumer<ServerSentEvent> sink) {
        this.limit = limit;
        this.sink = sink;
        this.line = new byte[Math.min(256, limit)];
    }

    /** Parses what arrived; false once a line or an event has passed the bound (the rest is then ignored). */
    public boolean feed(ByteBuffer bytes) {
        while (bytes.hasRemaining() && !overLimit) {
            byte b = bytes.get();
            if (b == '\n' && lastWasCarriageReturn) {
                lastWasCarriageReturn = false;
                continue;
            }
            lastWasCarriageReturn = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine();
            } else if (lineLength == limit) {
                overLimit = true;
            } else {
                if (lineLength == line.length) {
                    line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, limit));
                }
                line[lineLength++] = b;
            }
        }
        return !overLimit;
    }

    private void endLine() {
        if (lineLength == 0) {
            dispatch();
            return;
        }
        if (line[0] != ':') {
            String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            int start = colon < 0 ? text.length() : colon + 1;
            if (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            String value = text.substring(start);
            switch (field) {
                case "data" -> {
                    dataBytes += lineLength;
                    if (dataBytes > limit) {
                        overLimit = true;
                        return;
                    }
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
        lineLength = 0;
    }

    private void dispatch() {
        if (dataSeen) {
            sink.accept(new ServerSentEvent(event == null ? "message" : event, data.toString(), id));
        }
        data.setLength(0);
        dataBytes = 0;
        dataSeen = false;
        event = null;
    }
}
