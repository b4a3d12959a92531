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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ServerSentEvent;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads an answer that should be a {@code text/event-stream}: events go to the listener as they arrive, and once the
 * listener has what it needs the stream is dropped. Any other answer (an error, usually) is kept whole for the caller.
 * One line or event of the stream, and a whole other answer, are bounded by the same limit
 * ({@link ResponseTooLargeException} past it).
 */
public final class EventStreamConsumer extends AbstractBinResponseConsumer<HttpReply> {

    /** Told each event; returns true once it needs no more. May throw to fail the call. */
    @FunctionalInterface
    public interface Listener {
        boolean onEvent(ServerSentEvent event) throws Exception;
    }

    private final Listener listener;
    private final int limit;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile Runnable onFinish = () -> {
    };
    private EventStreamParser parser;
    private BoundedBody other;
    private int status;
    private Map<String, String> headers;
    private Exception listenerFailure;

    EventStreamConsumer(Listener listener, int limit) {
        this.listener = listener;
        this.limit = limit;
    }

    void onceFinished(Runnable action) {
        onFinish = action;
        if (finished.get()) {
            action.run();
        }
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) {
        status = response.getCode();
        headers = HttpTransport.headers(response);
        boolean isStream = status / 100 == 2 && contentType != null
                && "text/event-stream".equalsIgnoreCase(contentType.getMimeType());
        if (isStream) {
            parser = new EventStreamParser(limit, this::deliver);
        } else {
            other = new BoundedBody(BoundedResponseConsumer.announcedLength(response), limit);
        }
    }

    private void deliver(ServerSentEvent event) {
        if (finished.get()) {
            return;
        }
        try {
            if (listener.onEvent(event)) {
                finish();
            }
        } catch (Exception e) {
            // fails the call through data(), which closes the connection
            finished.set(true);
            listenerFailure = e;
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            onFinish.run();
        }
    }

    @Override
    protected int capacityIncrement() {
        return Integer.MAX_VALUE;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (parser != null) {
            boolean withinLimit = parser.feed(src);
            if (listenerFailure != null) {
                throw new IOException(listenerFailure.getMessage(), listenerFailure);
            }
            if (!withinLimit) {
                throw new ResponseTooLargeException(status, headers, "an event of the stream", limit);
            }
        } else if (!other.add(src)) {
            throw new ResponseTooLargeException(status, headers, "the answer", limit);
        }
    }

    @Override
    protected HttpReply buildResult() {
        return new HttpReply(status, headers, parser != null ? new byte[0] : other.toByteArray());
    }

    @Override
    public void releaseResources() {
        // nothing pooled
    }
}
