package io.workflowrun.camel.provider.tencent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.http.Json;

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
