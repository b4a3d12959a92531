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

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RequestSigner;

/**
 * An API key sent as {@code Authorization: Bearer <key>} (RFC 6750), as Dify and Interactly take it. Nothing is
 * computed: the instant is not used.
 */
public final class BearerKeySigner implements RequestSigner {

    private final Map<String, String> authorization;
    /**
     * The headers of the last call signed, and the same with the key. A provider builds most calls on one of a few fixed
     * header maps, so most calls reuse the signed map instead of copying it again (the maps are immutable: the same
     * instance is the same content).
     */
    private volatile Signed last;

    private record Signed(Map<String, String> unsigned, Map<String, String> signed) {
    }

    public BearerKeySigner(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        this.authorization = Map.of("Authorization", "Bearer " + apiKey);
    }

    @Override
    public HttpCall sign(HttpCall unsigned, Instant now) {
        Signed cached = last;
        if (cached != null && cached.unsigned() == unsigned.headers()) {
            return new HttpCall(unsigned.method(), unsigned.uri(), cached.signed(), unsigned.body(), unsigned.eventStream());
        }
        HttpCall signed = unsigned.withHeaders(authorization);
        last = new Signed(unsigned.headers(), signed.headers());
        return signed;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "BearerKeySigner[***]";
    }
}
