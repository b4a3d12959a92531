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
package io.workflowrun.camel.journal;

import java.time.Instant;
import java.util.Map;

/**
 * What the journal holds for a trigger's key once an instance asked to send it.
 *
 * @param kind       what the instance may do now
 * @param runId      the run the key already has ({@link Kind#STARTED}); else null
 * @param runHeaders the provider's headers recorded with that run (IDs a later call needs); empty when none
 * @param sentAt     when the trigger was first claimed for sending ({@link Kind#IN_DOUBT}, {@link Kind#BUSY}); else null
 * @param owner      the instance that holds the claim ({@link Kind#BUSY}); else null
 * @param leaseUntil until when that instance's claim lasts ({@link Kind#BUSY}); else null
 */
public record Claim(Kind kind, String runId, Map<String, Object> runHeaders, Instant sentAt, String owner, Instant leaseUntil) {

    public enum Kind {
        /** The key was new: this instance sends the trigger. */
        CLAIMED,
        /** The key already has a run: nothing is sent. */
        STARTED,
        /** Another instance (or another message on this one) is sending the key's trigger now. */
        BUSY,
        /**
         * The key's trigger was sent, but no answer was recorded: the instance that sent it died or had no answer. This
         * instance now holds the claim, to reconcile it.
         */
        IN_DOUBT
    }

    public static Claim claimed() {
        return new Claim(Kind.CLAIMED, null, Map.of(), null, null, null);
    }

    public static Claim started(String runId, Map<String, Object> runHeaders) {
        return new Claim(Kind.STARTED, runId, runHeaders, null, null, null);
    }

    public static Claim busy(Instant sentAt, String owner, Instant leaseUntil) {
        return new Claim(Kind.BUSY, null, Map.of(), sentAt, owner, leaseUntil);
    }

    public static Claim inDoubt(Instant sentAt) {
        return new Claim(Kind.IN_DOUBT, null, Map.of(), sentAt, null, null);
    }
}
