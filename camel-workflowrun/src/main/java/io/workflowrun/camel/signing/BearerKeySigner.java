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

/**
 * An API key sent as {@code Authorization: Bearer <key>} (RFC 6750), as Dify and Interactly take it. Nothing is
 * computed: the instant is not used, and the header is built once.
 */
public final class BearerKeySigner extends HeaderSigner {

    private final Map<String, String> authorization;

    public BearerKeySigner(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        this.authorization = Map.of("Authorization", "Bearer " + apiKey);
    }

    @Override
    Map<String, String> signatureHeaders(HttpCall unsigned, Instant now) {
        return authorization;
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "BearerKeySigner[***]";
    }
}
