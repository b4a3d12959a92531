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
 * An HTTP request: as a provider builds it, then as its {@link RequestSigner} signs it, ready to send.
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

    /**
     * This call with more headers; this one is left as it is.
     *
     * @throws IllegalArgumentException when a header to add is already set, e.g. a signed call signed again
     */
    @SuppressWarnings("unchecked")
    public HttpCall withHeaders(Map<String, String> added) {
        Map.Entry<String, String>[] all = new Map.Entry[headers.size() + added.size()];
        int i = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            all[i++] = header;
        }
        for (Map.Entry<String, String> header : added.entrySet()) {
            all[i++] = header;
        }
        // built as the immutable map the constructor keeps, so the headers are copied once (as Map.copyOf does, the
        // entries are read here and not kept)
        return new HttpCall(method, uri, Map.ofEntries(all), body, eventStream);
    }
}
