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
package io.workflowrun.camel.provider.dify;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.workflowrun.camel.spi.JsonInput;
import io.workflowrun.camel.spi.RunRequest;

/** The trigger's optional Dify headers, checked before anything is sent. */
final class DifyHeaders {

    /** Dify's rule for a trace ID ({@code trace_id_helper.is_valid_trace_id}); it silently drops any other. */
    private static final Pattern TRACE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private static final String FILES = "Header " + DifyConstants.FILES;

    private DifyHeaders() {
    }

    /**
     * The {@code files} list from its header (a List of file objects, or a JSON array as text), taken whole or refused
     * whole like any JSON input; null when not set.
     */
    static List<Object> files(RunRequest request) {
        Object value = request.header(DifyConstants.FILES);
        if (value == null) {
            return null;
        }
        List<Object> files;
        if (value instanceof Collection<?> list) {
            files = JsonInput.fromList(list, FILES);
        } else if (value instanceof CharSequence text) {
            files = JsonInput.parseArray(text.toString(), FILES);
        } else {
            throw new IllegalArgumentException(FILES + " holds a " + value.getClass().getName()
                                               + ", but it takes a List of file objects or a JSON array as text");
        }
        for (int i = 0; i < files.size(); i++) {
            if (!(files.get(i) instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(FILES + " must list file objects (type, transfer_method, url or "
                                                   + "upload_file_id), but item " + i + " is "
                                                   + (files.get(i) == null ? "null" : "a " + files.get(i).getClass().getName()));
            }
        }
        return files;
    }

    /**
     * The trace ID from its header, sent as {@code X-Trace-Id}; null when not set. Control characters and values that are
     * not text are refused as in any text header, before the shape is checked.
     */
    static String traceId(RunRequest request) {
        String text = request.headerText(DifyConstants.TRACE_ID);
        if (text != null && !TRACE_ID.matcher(text).matches()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            throw new IllegalArgumentException("Header " + DifyConstants.TRACE_ID + " must be 1 to 128 letters, digits, "
                                               + "'-' or '_' (Dify ignores any other trace ID), but is '" + shown + "'");
        }
        return text;
    }
}
