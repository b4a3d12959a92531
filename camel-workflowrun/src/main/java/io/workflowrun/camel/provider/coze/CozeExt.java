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
package io.workflowrun.camel.provider.coze;

import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.spi.RunRequest;

/** The trigger's {@code ext} fields from their header, checked before anything is sent. */
final class CozeExt {

    private CozeExt() {
    }

    /**
     * The fields as Coze takes them (text values: {@code Map[String][String]}), a number or a boolean written as text;
     * null when the header is not set.
     */
    static Map<String, String> of(RunRequest request) {
        Map<String, Object> fields = request.headerObject(CozeConstants.EXT);
        if (fields == null) {
            return null;
        }
        Map<String, String> ext = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!(value instanceof CharSequence || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("Header " + CozeConstants.EXT + " has field '" + name + "' holding "
                                                   + (value == null ? "null" : "a " + value.getClass().getSimpleName())
                                                   + ", but Coze takes text values only (e.g. user_id, latitude, longitude)");
            }
            ext.put(name, value.toString());
        });
        return ext;
    }
}
