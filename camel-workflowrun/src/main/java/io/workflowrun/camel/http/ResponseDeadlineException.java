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
