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
