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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.spi.Json;

/** The message body's parameters as WeData's {@code AdvancedParams}: a list of {ParamKey, ParamValue} text pairs. */
final class AdvancedParams {

    private AdvancedParams() {
    }

    static List<Map<String, String>> of(Map<String, Object> parameters) {
        List<Map<String, String>> params = new ArrayList<>(parameters.size());
        parameters.forEach((key, value) -> {
            Map<String, String> param = new LinkedHashMap<>(4);
            param.put("ParamKey", key);
            param.put("ParamValue", text(value));
            params.add(param);
        });
        return params;
    }

    /** WeData takes parameter values as text only: objects and lists go as their JSON, null as empty text. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
            || value instanceof Character) {
            return value.toString();
        }
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }
}
