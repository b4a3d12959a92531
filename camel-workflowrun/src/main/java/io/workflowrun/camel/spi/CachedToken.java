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

import java.time.Duration;
import java.time.Instant;

import io.workflowrun.camel.model.WorkflowRunException;

/**
 * A {@link TokenSource} that holds the last token it read until shortly before it expires: a minute before, or half
 * its lifetime before for a token that lives less than two minutes, so that a call built with it does not arrive with
 * it expired. A provider gives the request that fetches a token and reads the answer into a {@link Token}.
 */
public abstract class CachedToken implements TokenSource {

    private static final Duration EARLY = Duration.ofMinutes(1);

    private volatile Held held;

    /** A token read from a token endpoint's answer and the instant it expires. */
    public record Token(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "Token[value=***, expiresAt=" + expiresAt + "]";
        }
    }

    private record Held(String value, Instant refreshAt) {
    }

    @Override
    public final String current(Instant now) {
        Held token = held;
        return token != null && now.isBefore(token.refreshAt()) ? token.value() : null;
    }

    @Override
    public final void accept(HttpReply reply, Instant now) throws WorkflowRunException {
        Token token = read(reply, now);
        Duration lifetime = Duration.between(now, token.expiresAt());
        Duration early = lifetime.compareTo(EARLY.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : EARLY;
        held = new Held(token.value(), token.expiresAt().minus(early));
    }

    @Override
    public final void forget() {
        held = null;
    }

    /**
     * The token in the token endpoint's answer.
     *
     * @throws WorkflowRunException for an error answer, or one that holds no token
     */
    protected abstract Token read(HttpReply reply, Instant now) throws WorkflowRunException;

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[token " + (held == null ? "none" : "held") + "]";
    }
}
