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

import io.workflowrun.camel.model.WorkflowRunException;

/**
 * A credential that a provider's client gets from a token endpoint and sends until shortly before it expires: an OAuth 2
 * access token, a GitHub installation token, a JWT from a login endpoint. The core fetches a token, one fetch at a time
 * for each source, before it asks the client to build a call at an instant for which {@link #current} holds none; the
 * client then puts {@code current(request.now())} into its request. A token is a secret: it never reaches a log line,
 * a message or {@code toString()}.
 */
public interface TokenSource {

    /** The token to send at this instant, or null when none is held that is good until a while after it. */
    String current(Instant now);

    /**
     * The request that gets a new token, signed as the token endpoint wants it.
     *
     * @throws IllegalArgumentException naming the option that is wrong (e.g. a key that cannot be read)
     */
    HttpCall fetch(Instant now);

    /**
     * Reads the token endpoint's answer and holds its token.
     *
     * @throws WorkflowRunException for an error answer, or one that holds no token
     */
    void accept(HttpReply reply, Instant now) throws WorkflowRunException;

    /** Forgets the token held, after the provider refused it (HTTP 401): the next call fetches one. */
    void forget();
}
