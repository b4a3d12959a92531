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
package io.workflowrun.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One provider's success answer to a trigger, as the simulator gave it: the stub serves these bytes to every request,
 * so that each client still reads and parses a real answer.
 *
 * @param headers the simulator's headers, without those that describe the connection or the framing
 */
record CannedAnswer(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** Headers the stub sets itself (framing, keep-alive) or that would be stale (the date). */
    static boolean isOwnedByServer(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "content-length", "transfer-encoding", "connection", "keep-alive", "date" -> true;
            default -> false;
        };
    }

    /** The whole HTTP/1.1 response, framed by its length so that the connection stays open. */
    byte[] toHttp11() {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Answer").append("\r\n");
        for (Map.Entry<String, String> header : headers) {
            head.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }
}
