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

import java.util.Map;

import io.workflowrun.camel.spi.Json;

/** A run's {@code output}: JSON object text as a rule (the end node's under {@code Output}), but Coze allows any text. */
final class CozeOutput {

    private CozeOutput() {
    }

    /** The object the text holds; other text under {@code output}; null for none. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Object output) {
        if (output == null || output.toString().isEmpty()) {
            return null;
        }
        if (output instanceof Map<?, ?> object) {
            return (Map<String, Object>) object;
        }
        Map<String, Object> object = Json.readObjectOrNull(output.toString());
        return object != null ? object : Map.of("output", output.toString());
    }
}
