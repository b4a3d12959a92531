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
package io.workflowrun.camel.spi;

import java.time.Instant;

/**
 * Signs a provider's calls: the call as the provider built it in, the same call with the headers that authenticate it
 * out. A signer is made once per endpoint, with its credentials and whatever the algorithm fixes (service, region...),
 * so that each call pays only for what depends on the call and the instant.
 * <p>
 * The instant comes in (the core reads the clock once per call, see {@link RunRequest#now()}): a signer reads no clock,
 * does no I/O, and changes neither its input nor itself in a way that shows, so the same call and instant give the same
 * signed call. An algorithm that needs randomness (a nonce) takes its source when it is made.
 */
public interface RequestSigner {

    /**
     * @param unsigned the call, its headers final except those this signer adds (it must not hold them already)
     * @param now      the signing instant
     * @return a new call: the same method, URI, body and headers, plus the signature's headers
     */
    HttpCall sign(HttpCall unsigned, Instant now);
}
