package io.workflowrun.camel.provider.dify;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.http.Json;
import io.workflowrun.camel.spi.RunRequest;

/** The trigger's optional Dify headers, checked before anything is sent. */
final class DifyHeaders {

    /** Dify's rule for a trace ID ({@code trace_id_helper.is_valid_trace_id}); it silently drops any other. */
    private static final Pattern TRACE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private DifyHeaders() {
    }

    /** The {@code files} list from its header (a List of file objects, or JSON array text); null when not set. */
    static List<?> files(RunRequest request) {
        Object value = request.header(WorkflowRunConstants.DIFY_FILES);
        if (value == null) {
            return null;
        }
        List<?> files = value instanceof List<?> list ? list : parseArray(value);
        for (int i = 0; i < files.size(); i++) {
            if (!(files.get(i) instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("Header " + WorkflowRunConstants.DIFY_FILES + " must list file objects "
                                                   + "(type, transfer_method, url or upload_file_id), but item " + i + " is "
                                                   + (files.get(i) == null ? "null" : "a " + files.get(i).getClass().getName()));
            }
        }
        return files;
    }

    private static List<?> parseArray(Object value) {
        Object parsed = null;
        if (value instanceof CharSequence text) {
            try {
                parsed = Json.MAPPER.readValue(text.toString().getBytes(StandardCharsets.UTF_8), Object.class);
            } catch (java.io.IOException e) {
                parsed = null;
            }
        }
        if (parsed instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("Header " + WorkflowRunConstants.DIFY_FILES + " must be a List of file objects or a "
                                           + "JSON array as text, but is " + (value instanceof CharSequence
                                                   ? "text that is not a JSON array" : "a " + value.getClass().getName()));
    }

    /** The trace ID from its header, sent as {@code X-Trace-Id}; null when not set. */
    static String traceId(RunRequest request) {
        Object value = request.header(WorkflowRunConstants.DIFY_TRACE_ID);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        if (!(value instanceof CharSequence) || !TRACE_ID.matcher(text).matches()) {
            throw new IllegalArgumentException("Header " + WorkflowRunConstants.DIFY_TRACE_ID + " must be 1 to 128 letters, digits, "
                                               + "'-' or '_' (Dify ignores any other trace ID), but is "
                                               + (value instanceof CharSequence ? "'" + abbreviate(text) + "'" : "a " + value.getClass().getName()));
        }
        return text;
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
