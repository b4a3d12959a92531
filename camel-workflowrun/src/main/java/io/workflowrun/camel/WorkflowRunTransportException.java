package io.workflowrun.camel;

import org.apache.camel.CamelException;

/** No answer came from the provider: the connection failed, was reset, or timed out. */
public class WorkflowRunTransportException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String provider;

    public WorkflowRunTransportException(String provider, String host, Throwable cause) {
        super("Could not complete the call to " + provider + " at " + host + ": " + cause, cause);
        this.provider = provider;
    }

    public String getProvider() {
        return provider;
    }
}
