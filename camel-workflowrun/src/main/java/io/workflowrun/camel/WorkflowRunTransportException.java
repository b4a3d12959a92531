package io.workflowrun.camel;

import org.apache.camel.CamelException;

/**
 * No answer came from the provider. {@link #isRequestSent()} tells whether the request had left: when it had not (no
 * connection could be made), the provider surely did nothing.
 */
public class WorkflowRunTransportException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final boolean requestSent;

    public WorkflowRunTransportException(String provider, String host, boolean requestSent, Throwable cause) {
        this(provider, requestSent, "Could not complete the call to " + provider + " at " + host
                                    + (requestSent ? "" : ": no connection was made (TLS included), so nothing was sent") + ": " + cause,
                cause);
    }

    protected WorkflowRunTransportException(String provider, boolean requestSent, String message, Throwable cause) {
        super(message, cause);
        this.provider = provider;
        this.requestSent = requestSent;
    }

    public String getProvider() {
        return provider;
    }

    /** Whether the request may have reached the provider. */
    public boolean isRequestSent() {
        return requestSent;
    }
}
