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
import java.nio.ByteBuffer;
import java.util.Map;

import io.workflowrun.camel.spi.HttpReply;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Reads a whole answer into memory, up to a bound: past it, the call fails with {@link ResponseTooLargeException} and
 * the connection is dropped, so that a server sending without end cannot fill the heap of the shared I/O threads.
 */
final class BoundedResponseConsumer extends AbstractBinResponseConsumer<HttpReply> {

    private final int limit;
    private int status;
    private Map<String, String> headers;
    private BoundedBody body;

    BoundedResponseConsumer(int limit) {
        this.limit = limit;
    }

    @Override
    protected void start(HttpResponse response, ContentType contentType) {
        status = response.getCode();
        headers = HttpTransport.headers(response);
        body = new BoundedBody(announcedLength(response), limit);
    }

    /** The Content-Length, or -1 where there is none (chunked, or up to the close) or it is not a number. */
    static long announcedLength(HttpResponse response) {
        var header = response.getFirstHeader("Content-Length");
        try {
            return header == null ? -1 : Long.parseLong(header.getValue().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    protected int capacityIncrement() {
        return Integer.MAX_VALUE;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (!body.add(src)) {
            throw new ResponseTooLargeException(status, headers, "the answer", limit);
        }
    }

    @Override
    protected HttpReply buildResult() {
        return new HttpReply(status, headers, body.toByteArray());
    }

    @Override
    public void releaseResources() {
        // nothing pooled: the body goes with the reply
    }
}
