package io.workflowrun.camel.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ServerSentEvent;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.config.CharCodingConfig;
import org.apache.hc.client5.http.async.methods.AbstractCharResponseConsumer;

/**
 * Reads an answer that should be a {@code text/event-stream}: events go to the listener as they arrive, and once the
 * listener has what it needs the stream is dropped. Any other answer (an error, usually) is kept whole for the caller.
 */
public final class EventStreamConsumer extends AbstractCharResponseConsumer<HttpReply> {

    /** Told each event; returns true once it needs no more. May throw to fail the call. */
    @FunctionalInterface
    public interface Listener {
        boolean onEvent(ServerSentEvent event) throws Exception;
    }

    private final Listener listener;
    private final AtomicBoolean finished = new AtomicBoolean();
    private final ByteArrayOutputStream other = new ByteArrayOutputStream();
    private volatile Runnable onFinish = () -> {
    };
    private EventStreamParser parser;
    private int status;
    private Map<String, String> headers;
    private Exception listenerFailure;

    EventStreamConsumer(Listener listener) {
        super(8 * 1024, CharCodingConfig.custom().setCharset(StandardCharsets.UTF_8).build());
        this.listener = listener;
    }

    void onceFinished(Runnable action) {
        onFinish = action;
        if (finished.get()) {
            action.run();
        }
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) throws HttpException, IOException {
        status = response.getCode();
        headers = HttpTransport.headers(response);
        boolean isStream = status / 100 == 2 && contentType != null
                && "text/event-stream".equalsIgnoreCase(contentType.getMimeType());
        if (isStream) {
            parser = new EventStreamParser(this::deliver);
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
        return 8 * 1024;
    }

    @Override
    protected void data(CharBuffer src, boolean endOfStream) throws IOException {
        if (parser != null) {
            parser.feed(src);
            if (listenerFailure != null) {
                throw new IOException(listenerFailure.getMessage(), listenerFailure);
            }
        } else {
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(src);
            other.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
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
