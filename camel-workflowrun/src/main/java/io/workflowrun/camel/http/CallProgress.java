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

import java.util.concurrent.Future;

import org.apache.hc.client5.http.async.AsyncExecRuntime;

/**
 * How far one call has got, and a way to drop it. A request cannot leave before its connection (TLS included) is
 * made: until {@link #connected()}, a failure proves that the provider got nothing, whatever the exception says.
 */
public final class CallProgress {

    static final String CONTEXT_KEY = CallProgress.class.getName();

    private volatile boolean connected;
    private volatile boolean cutOff;
    private volatile AsyncExecRuntime runtime;
    private volatile Future<?> future;

    /** Whether the call's connection was made, so that its request may have reached the provider. */
    public boolean connected() {
        return connected;
    }

    /**
     * Stops the call from being sent if it has not been yet, and says whether it may have been: afterwards, either it
     * was not sent or this returns true, never both. Call {@link #drop()} next, to release its connection.
     */
    public boolean cutOff() {
        cutOff = true;
        return connected;
    }

    /**
     * Closes the call's connection, whatever it is doing: the client's own cancellation does not reach an exchange
     * whose connection was made at the same moment, so the connection is discarded here too.
     */
    public void drop() {
        cutOff = true;
        Future<?> sent = future;
        if (sent != null) {
            sent.cancel(true);
        }
        AsyncExecRuntime current = runtime;
        if (current != null) {
            current.discardEndpoint();
        }
    }

    /** The connection is made and the request is about to be written; false when the call was cut off meanwhile. */
    boolean connect(AsyncExecRuntime execRuntime) {
        runtime = execRuntime;
        connected = true;
        return !cutOff;
    }

    void attach(Future<?> sent) {
        future = sent;
        if (cutOff) {
            sent.cancel(true);
        }
    }
}
