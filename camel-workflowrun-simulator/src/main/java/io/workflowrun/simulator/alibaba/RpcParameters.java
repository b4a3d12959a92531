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
package io.workflowrun.simulator.alibaba;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.workflowrun.simulator.SimulatorRequest;

/** An RPC-style call's parameters as Alibaba's API gateway reads them: from the query and, for a POST, a form body. */
public final class RpcParameters {

    private RpcParameters() {
    }

    /** The parameters, decoded; one in the form body overrides the same name in the query. */
    public static Map<String, String> of(SimulatorRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        readForm(request.rawQuery(), parameters);
        String contentType = request.header("content-type");
        if (request.method().equals("POST") && contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            readForm(request.bodyText(), parameters);
        }
        return parameters;
    }

    private static void readForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int split = pair.indexOf('=');
            String name = URLDecoder.decode(split < 0 ? pair : pair.substring(0, split), StandardCharsets.UTF_8);
            into.put(name, split < 0 ? "" : URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
        }
    }
}
