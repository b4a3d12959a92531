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
package io.workflowrun.camel.signing;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as the Alibaba and Huawei signatures both define it: UTF-8, only {@code A-Z a-z 0-9 - _ . ~}
 * left as they are, every other byte as {@code %XX} in upper case (so a space is {@code %20}, {@code *} is {@code %2A}).
 */
final class PercentEncoding {

    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX_UPPER[c >> 4]).append(HEX_UPPER[c & 0xF]);
            }
        }
        return out.toString();
    }

    static boolean isUnreserved(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
