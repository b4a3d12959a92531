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
package io.workflowrun.camel.provider.tencent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Task ID lists as users give them: comma-separated text, a collection, or an array. */
final class TaskIds {

    private TaskIds() {
    }

    /**
     * @param source names the option or header, for the error message
     * @return the IDs, trimmed, blanks dropped; empty for none
     */
    static List<String> parse(Object value, String source) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        if (value instanceof CharSequence text) {
            for (String id : text.toString().split(",")) {
                add(ids, id);
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(id -> add(ids, id, source));
        } else if (value instanceof Object[] array) {
            for (Object id : array) {
                add(ids, id, source);
            }
        } else {
            throw new IllegalArgumentException(source + " must be a List or comma-separated text of task IDs, not a "
                                               + value.getClass().getName());
        }
        return ids;
    }

    private static void add(List<String> ids, Object id, String source) {
        if (id != null && !(id instanceof CharSequence) && !(id instanceof Number)) {
            throw new IllegalArgumentException(source + " holds a " + id.getClass().getName()
                                               + "; each task ID must be text or a number");
        }
        if (id != null) {
            add(ids, id.toString());
        }
    }

    private static void add(List<String> ids, String id) {
        if (!id.isBlank()) {
            ids.add(id.trim());
        }
    }
}
