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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building request paths from IDs that come from messages. */
public final class UriPaths {

    private UriPaths() {
    }

    /**
     * One path segment, percent-encoded: a space as %20 (never '+'), and '/' as %2F so an ID stays one segment. The dot
     * segments are refused: where they come from (a header, an option) is checked first and named there, so this is
     * the last guard.
     */
    public static String segment(String value) {
        RequestValues.requireId(value, "A request path segment");
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
