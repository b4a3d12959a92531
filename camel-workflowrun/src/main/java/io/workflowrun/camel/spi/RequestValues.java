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

import java.math.BigInteger;

/**
 * The one check of values that come from options and message headers and end up in a request line or a request
 * header. A control character would split or corrupt the request; an ID of {@code .} or {@code ..} becomes a path
 * segment that a gateway normalises to another API on the same host; a Map or a list in an ID header would be sent as
 * its {@code toString()}. Each error names the option or header, and never quotes a value that holds a control
 * character (it could forge a log line) or that may be secret.
 */
public final class RequestValues {

    private RequestValues() {
    }

    /**
     * The value, or an error when it holds a control character (C0 such as CR, LF, NUL or TAB, DEL, or C1).
     *
     * @param source names the value for the error, e.g. {@code Option region} or {@code Header CamelWorkflowRunId}
     */
    public static String requireNoControlCharacter(String value, String source) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(source + " holds a control character (" + describe(c) + " at position " + (i + 1)
                                                   + "), which cannot go into an HTTP request; expected text without control characters");
            }
        }
        return value;
    }

    /** An ID: no control character, and never the dot segments {@code .} or {@code ..}. */
    public static String requireId(String value, String source) {
        requireNoControlCharacter(value, source);
        if (value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(source + " is '" + value + "', which is not an ID: in a request path a server reads it as "
                                               + (value.equals(".") ? "'this directory'" : "'the parent directory'")
                                               + " and reaches another API");
        }
        return value;
    }

    /**
     * An ID header's value as text, or null when absent or blank.
     *
     * @param numbers whether the provider's IDs are numbers, so that a whole number is taken too (as its digits)
     * @throws IllegalArgumentException naming the header and the type it got, for anything else (a Map, a list, ...)
     */
    public static String idHeader(Object value, String header, boolean numbers) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof CharSequence) && !(numbers && isWholeNumber(value))) {
            throw new IllegalArgumentException("Header " + header + " holds a " + value.getClass().getName() + ", but an ID is "
                                               + (numbers ? "text or a whole number" : "text"));
        }
        String text = value.toString();
        return text.isBlank() ? null : requireId(text, "Header " + header);
    }

    /**
     * A text header's value (a name, an ID, a flag), or null when absent or blank: text, a number or a boolean; never a
     * Map, a list or another object, whose {@code toString()} means nothing to a provider.
     */
    public static String textHeader(Object value, String header) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Character)) {
            throw new IllegalArgumentException("Header " + header + " holds a " + value.getClass().getName()
                                               + ", but it takes text (or a number or a boolean)");
        }
        String text = value.toString();
        return text.isBlank() ? null : requireNoControlCharacter(text, "Header " + header);
    }

    /** Text as it may be quoted in an error: each control character shown as '?', so that it cannot forge a log line. */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(Character.isISOControl(c) ? '?' : (char) c));
        return shown.toString();
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
               || value instanceof BigInteger;
    }

    private static String describe(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\r' -> "CR, " + code;
            case '\n' -> "LF, " + code;
            case '\0' -> "NUL, " + code;
            case '\t' -> "TAB, " + code;
            default -> code;
        };
    }
}
