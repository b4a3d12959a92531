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
package io.workflowrun.camel.spi;

import java.net.URI;
import java.util.Map;

/**
 * A signed HTTP request, ready to send.
 *
 * @param method      the HTTP method
 * @param uri         the full request URI
 * @param headers     the request headers, exactly as signed
 * @param body        the body bytes, exactly as signed (empty for none)
 * @param eventStream whether the answer is a {@code text/event-stream} to hand to
 *                    {@link ProviderClient#readEvent}
 */
public record HttpCall(String method, URI uri, Map<String, String> headers, byte[] body, boolean eventStream) {

    public HttpCall {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static HttpCall of(String method, URI uri, Map<String, String> headers, byte[] body) {
        return new HttpCall(method, uri, headers, body, false);
    }
}
