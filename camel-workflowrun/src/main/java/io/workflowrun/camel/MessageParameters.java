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

import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.util.Map;

import io.workflowrun.camel.spi.JsonInput;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Turns a message body into the workflow's input parameters: a Map, JSON object text, or a POJO; null for none. A body
 * that is not exactly one JSON object is refused whole (see {@link JsonInput}).
 */
final class MessageParameters {

    private static final String BODY = "The message body";

    private MessageParameters() {
    }

    static Map<String, Object> from(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof Map<?, ?> map) {
            return JsonInput.fromMap(map, BODY);
        }
        if (isText(body)) {
            String text = message.getMandatoryBody(String.class);
            return text.isBlank() ? null : JsonInput.parse(text, BODY);
        }
        return JsonInput.fromObject(body, BODY);
    }

    /**
     * For a provider that takes free text: the body as it is when it is text but not a JSON object (its first
     * character other than white space is not <code>{</code>); null otherwise, and then {@link #from} reads it. A stream
     * body is replaced by its text, so that it can be read again.
     */
    static String freeText(Message message) throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null || !isText(body)) {
            return null;
        }
        String text = message.getMandatoryBody(String.class);
        if (!(body instanceof CharSequence || body instanceof byte[] || body instanceof WrappedFile<?>)) {
            message.setBody(text);
        }
        return text.isBlank() || text.stripLeading().startsWith("{") ? null : text;
    }

    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof Reader || body instanceof ByteBuffer || body instanceof StreamCache
               || body instanceof WrappedFile<?>;
    }
}
