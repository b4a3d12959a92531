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
package io.workflowrun.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request exactly as the simulator received it.
 *
 * @param provider   the provider id whose port received it
 * @param method     the HTTP method
 * @param rawPath    the path as sent, still percent-encoded
 * @param rawQuery   the query as sent, still percent-encoded, or null
 * @param headers    the headers, names in lower case, each with all its values
 * @param body       the body bytes
 * @param receivedAt when it arrived, by the simulator's clock
 */
public record SimulatorRequest(
        String provider, String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body,
        Instant receivedAt) {

    /** The first value of a header, any case; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
