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

import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.Replies;

/**
 * Dify stores a run's inputs and outputs as JSON text, and some versions send them on as text (run detail's
 * {@code inputs}, and {@code outputs} before Dify parsed them): such fields are read as the objects they hold.
 */
final class DifyJson {

    private DifyJson() {
    }

    /** A copy of the object with these fields parsed where they are JSON object text; the object itself when none is. */
    static Map<String, Object> objectsFromText(Map<String, Object> json, String... fields) {
        Map<String, Object> copy = null;
        for (String field : fields) {
            if (json.get(field) instanceof CharSequence text) {
                Map<String, Object> parsed = Json.readObjectOrNull(text.toString());
                if (parsed != null) {
                    copy = copy == null ? new LinkedHashMap<>(json) : copy;
                    copy.put(field, parsed);
                }
            }
        }
        return copy == null ? json : copy;
    }

    /** The answer or event with its {@code data}'s inputs and outputs read as objects. */
    static Map<String, Object> withDataObjectsFromText(Map<String, Object> json) {
        Map<String, Object> data = Replies.object(json, "data");
        if (data == null) {
            return json;
        }
        Map<String, Object> read = objectsFromText(data, "inputs", "outputs");
        if (read == data) {
            return json;
        }
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.put("data", read);
        return copy;
    }
}
