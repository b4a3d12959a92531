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
package io.workflowrun.camel.model;


/**
 * No answer came from the provider. {@link #isRequestSent()} tells whether the request had left: when it had not (no
 * connection could be made), the provider surely did nothing.
 */
public class WorkflowRunTransportException extends WorkflowRunComponentException {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final boolean requestSent;
    private final String message;

    public WorkflowRunTransportException(String provider, String host, boolean requestSent, Throwable cause) {
        this(provider, null, null, host, requestSent, cause);
    }

    /** A failed call to {@code host} for this workflow and run (either may be null). */
    public WorkflowRunTransportException(
            String provider, String workflowId, String runId, String host, boolean requestSent, Throwable cause) {
        super(provider, workflowId, runId, cause);
        this.host = host;
        this.requestSent = requestSent;
        this.message = null;
    }

    /**
     * @deprecated the message is now told from the fields, with the workflow and run the call was for: a subclass
     *             overrides how it is told instead
     */
    @Deprecated(since = "0.1.0")
    protected WorkflowRunTransportException(String provider, boolean requestSent, String message, Throwable cause) {
        super(provider, null, null, cause);
        this.host = null;
        this.requestSent = requestSent;
        this.message = message;
    }

    @Override
    String describe() {
        if (message != null) {
            return message;
        }
        return "Could not complete the call to " + getProvider() + " at " + host + idsInParentheses()
               + (requestSent ? "" : ": no connection was made (TLS included), so nothing was sent") + ": " + getCause();
    }

    /** Whether the request may have reached the provider. */
    public boolean isRequestSent() {
        return requestSent;
    }
}
