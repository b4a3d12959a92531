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
package io.workflowrun.camel.http;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The bytes of one answer, held in one array that never grows past a bound. Not thread-safe; one per answer. */
final class BoundedBody {

    private static final int UNKNOWN_LENGTH_START = 8 * 1024;

    private final int limit;
    private byte[] bytes;
    private int length;

    /**
     * @param announced the length the answer announced (Content-Length), or -1: sized for it up front, so that an
     *                  answer of known length is copied once
     * @param limit     the most bytes it may hold
     */
    BoundedBody(long announced, int limit) {
        this.limit = limit;
        this.bytes = new byte[(int) Math.min(announced >= 0 ? announced : UNKNOWN_LENGTH_START, limit)];
    }

    /** Takes all of {@code src}; false (taking nothing) when that would pass the bound. */
    boolean add(ByteBuffer src) {
        int count = src.remaining();
        if (count > limit - length) {
            return false;
        }
        if (count > bytes.length - length) {
            long doubled = Math.max((long) bytes.length * 2, (long) length + count);
            bytes = Arrays.copyOf(bytes, (int) Math.min(doubled, limit));
        }
        src.get(bytes, length, count);
        length += count;
        return true;
    }

    /** The bytes held: the array itself when it is exactly full (no copy). */
    byte[] toByteArray() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
}
