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

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RequestSigner;

/**
 * A signer that adds headers computed from the call, as the HMAC schemes do: the call is sent as it was built, plus the
 * signature's headers.
 */
abstract class HeaderSigner implements RequestSigner {

    @Override
    public final HttpCall sign(HttpCall unsigned, Instant now) {
        return unsigned.withHeaders(signatureHeaders(unsigned, now));
    }

    /** The headers {@link #sign} adds, in the order the provider's worked example lists them. */
    abstract Map<String, String> signatureHeaders(HttpCall unsigned, Instant now);
}
