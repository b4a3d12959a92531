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
package io.workflowrun.camel;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.workflowrun.camel.journal.Claim;
import io.workflowrun.camel.journal.JournalKey;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.signing.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One trigger with an idempotency key, recorded in the run journal: claimed before it is sent, then its run recorded,
 * or its claim released when surely nothing started, or left in doubt when the answer never came. Every journal call
 * runs on the journal's pool.
 */
final class JournaledTrigger {

    private static final Logger LOG = LoggerFactory.getLogger(JournaledTrigger.class);

    private final JournalSession session;
    private final JournalKey key;

    JournaledTrigger(JournalSession session, JournalKey key) {
        this.session = session;
        this.key = key;
    }

    /**
     * The key of a trigger: the idempotency key scoped to the provider, the credential and the workflow.
     *
     * @param account     the provider and a hash of the credential (never the credential)
     * @param endpointKey the sending endpoint's hash
     */
    static JournalKey keyOf(String provider, String account, String workflowId, String idempotencyKey, String endpointKey) {
        return new JournalKey(Digests.sha256Hex(account + '\u0000' + workflowId), idempotencyKey, provider, workflowId, endpointKey);
    }

    JournalKey key() {
        return key;
    }

    /** Asks the journal whether this instance may send the trigger; what it may send it holds under its lease. */
    CompletableFuture<Claim> claim() {
        return session.call(() -> {
            Claim claim = session.journal().claim(key, session.owner(), session.leaseMillis());
            if (claim.kind() == Claim.Kind.CLAIMED || claim.kind() == Claim.Kind.IN_DOUBT) {
                session.hold(key);
            }
            return claim;
        });
    }

    /**
     * Records the run the trigger started.
     *
     * @param waitDeadline when its durable wait times out, or null where nobody follows it through the journal
     */
    CompletableFuture<Void> started(WorkflowRun run, Map<String, Object> runHeaders, Instant waitDeadline) {
        return session.call(() -> {
            try {
                session.journal().started(key, session.owner(), run.runId(), runHeaders, waitDeadline, session.leaseMillis());
            } finally {
                // a durable wait stays held; a recorded run needs no lease, and an unrecorded one must not be renewed
                // forever: its lease runs out and the key is reconciled on redelivery
                if (waitDeadline == null) {
                    session.letGo(key);
                }
            }
            return null;
        });
    }

    /**
     * The trigger did not start a run, as far as this instance knows: released, or left in doubt where it may have.
     * Completes once the journal has it (or could not take it), so that the message fails only after that: a
     * redelivery then finds the key as this left it.
     */
    CompletableFuture<Void> notStarted(Exception failure) {
        boolean maybe = failure instanceof WorkflowRunMaybeStartedException;
        return session.call(() -> {
            if (maybe) {
                session.journal().inDoubt(key, session.owner());
            } else {
                session.journal().release(key, session.owner());
            }
            return null;
        }).handle((done, e) -> {
            session.letGo(key);
            if (e != null) {
                // the lease runs out: a redelivery then reconciles the key as in doubt
                LOG.warn("The run journal could not {} {} ({})", maybe ? "mark in doubt" : "release", key, e.getMessage());
            }
            return null;
        });
    }

    /** A key in doubt that this instance cannot reconcile: it stays in doubt, for a person to look at. */
    CompletableFuture<Void> stillInDoubt() {
        return notStarted(new WorkflowRunMaybeStartedException(key.provider(), key.workflowId(), Instant.now(), null));
    }

    /** Lets go of a wait that is not followed after all. */
    void letGo() {
        session.letGo(key);
    }
}
