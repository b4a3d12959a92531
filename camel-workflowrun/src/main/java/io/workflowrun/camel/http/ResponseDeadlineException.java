package io.workflowrun.camel.http;

import java.util.concurrent.TimeoutException;

/**
 * A call was cut off because its whole answer (an event stream included) had not arrived within the endpoint's
 * {@code requestTimeout}, however steadily bytes were trickling in. The cause of the failure a caller sees, so that it
 * can tell this deadline apart from a connection that dropped.
 */
public final class ResponseDeadlineException extends TimeoutException {

    private static final long serialVersionUID = 1L;

    private final long timeoutMillis;

    public ResponseDeadlineException(long timeoutMillis) {
        super("no complete answer within requestTimeout (" + timeoutMillis + " ms)");
        this.timeoutMillis = timeoutMillis;
    }

    /** The deadline that passed, in milliseconds from when the call was sent. */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
