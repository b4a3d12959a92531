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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where instances that share work record triggers and the waits they follow. Every method is one short transaction
 * in the store and blocks the calling thread: the component calls them on a small pool of its own, never on a route's
 * thread or an HTTP I/O thread. A method that cannot reach the store throws {@link RunJournalException}; the component
 * then fails the exchange unsent, naming the runJournal option.
 * <p>
 * Leases count on the store's clock, so that instances with skewed clocks agree on when one expired.
 */
public interface RunJournal {

    /**
     * Asks to send the trigger of a key: records it as being sent by {@code owner} (a lease of {@code leaseMillis}) if
     * the key is new, or tells what the journal already holds. A key whose sending instance's lease expired without an
     * answer, or whose trigger had no answer, is handed to {@code owner} as {@link Claim.Kind#IN_DOUBT}.
     */
    Claim claim(JournalKey key, String owner, long leaseMillis);

    /**
     * Records the run the key's trigger started.
     *
     * @param waitDeadline when the run's durable wait times out; null when nobody waits for it through the journal
     * @throws RunJournalException also when the key already has another run, or lost its row
     */
    void started(JournalKey key, String owner, String runId, Map<String, Object> runHeaders, Instant waitDeadline, long leaseMillis);

    /** Forgets a key whose trigger surely started nothing (refused, never sent), so that a retry sends it. */
    void release(JournalKey key, String owner);

    /** Marks a key whose trigger was sent without an answer saying whether a run started. */
    void inDoubt(JournalKey key, String owner);

    /**
     * Extends {@code owner}'s leases on these keys (triggers being sent, waits being followed).
     *
     * @return the keys whose leases were extended: the others are no longer {@code owner}'s (another instance took
     *         them over after a lease ran out, or they are done)
     */
    Set<JournalKey> renew(String owner, Collection<JournalKey> keys, long leaseMillis);

    /**
     * Takes over, for {@code owner}, up to {@code max} durable waits of an endpoint whose lease expired (their instance
     * died, stopped, or handed them back), each under a new lease. No two instances get the same wait.
     */
    List<JournaledWait> takeOverWaits(String endpointKey, String owner, long leaseMillis, int max);

    /**
     * Counts a delivery of a wait's outcome about to be made by {@code owner}.
     *
     * @return the delivery's number (1 for the first), or 0 when {@code owner} no longer holds the wait (its lease
     *         expired and another instance took it over): then it must not deliver
     */
    int deliveryStarts(JournalKey key, String owner);

    /** Records that the wait's outcome was delivered: the key is done. */
    void delivered(JournalKey key, String owner);

    /** Ends {@code owner}'s lease on these waits now, so that any instance takes them over at once. */
    void handBack(String owner, Collection<JournalKey> keys);
}
