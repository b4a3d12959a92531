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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.workflowrun.camel.model.WorkflowRunException;

/** Reading providers' answers, the parts that are alike for all of them. */
public final class Replies {

    private static final int SNIPPET = 200;

    private Replies() {
    }

    /** The answer's JSON object, or null when it is empty, not JSON, or not an object. */
    public static Map<String, Object> json(HttpReply reply) {
        return Json.readObjectOrNull(reply.body());
    }

    /**
     * Says what an answer that is not the expected JSON looks like, for an error message: why it cannot be read, and
     * its start (only the start is decoded: the answer may be large).
     */
    public static String describeUnexpected(HttpReply reply) {
        byte[] body = reply.body();
        if (body.length == 0) {
            return "an empty answer";
        }
        String problem = Json.whyNotAnObject(body);
        String what = problem == null ? "a JSON object"
                : Json.NOT_AN_OBJECT.equals(problem) ? "an answer that is not a JSON object"
                : "an answer that cannot be read (" + problem + ")";
        String type = reply.header("content-type");
        String text = new String(body, 0, Math.min(body.length, SNIPPET * 4), StandardCharsets.UTF_8).strip();
        if (text.length() > SNIPPET || body.length > SNIPPET * 4) {
            text = text.substring(0, Math.min(text.length(), SNIPPET)) + "...";
        }
        return what + (type == null ? "" : " (" + type + ")") + ": " + text;
    }

    /**
     * The error for an answer that is not what the call expects.
     *
     * @param expected what was expected, e.g. {@code Data.WfInstanceId}; null to describe the answer only
     * @param requestId the provider's request ID where the answer had one, or null
     */
    public static WorkflowRunException unexpected(String providerId, HttpReply reply, String expected, String requestId) {
        return new WorkflowRunException(providerId, reply.status(), null,
                (expected == null ? "" : "expected " + expected + " but got ") + describeUnexpected(reply), requestId);
    }

    /** A nested value, e.g. {@code path(json, "Response", "Data")}; null where any step is missing. */
    public static Object path(Map<String, Object> json, String... keys) {
        Object current = json;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    /** A nested value as text, or null. */
    public static String text(Map<String, Object> json, String... keys) {
        Object value = path(json, keys);
        return value == null ? null : value.toString();
    }

    /** A nested JSON object, or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> json, String... keys) {
        Object value = path(json, keys);
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    /**
     * One item of a FastAPI validation error's {@code detail} list ({@code {"loc": [...], "msg": ...}}) as
     * {@code body.field: message}; anything else as its text. Used by the providers whose servers are FastAPI apps.
     */
    public static String validationError(Object item) {
        if (item instanceof Map<?, ?> map) {
            Object loc = map.get("loc");
            String where = loc instanceof List<?> parts
                    ? parts.stream().map(String::valueOf).collect(Collectors.joining("."))
                    : String.valueOf(loc);
            return where + ": " + map.get("msg");
        }
        return String.valueOf(item);
    }
}
