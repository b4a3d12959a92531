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
import java.util.Map;

/**
 * An answer longer than the endpoint's {@code maxResponseSize}: reading stopped at the bound and the connection was
 * dropped, so only this call fails. Carries the answer's status and headers, which arrived before its body.
 */
public final class ResponseTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    ResponseTooLargeException(int status, Map<String, String> headers, String what, int limit) {
        super(what + " is larger than maxResponseSize (" + limit + " bytes), so reading stopped there; raise maxResponseSize "
              + "if the provider's answers are expected to be that large");
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The answer's headers, names in lower case. */
    public Map<String, String> headers() {
        return headers;
    }
}
