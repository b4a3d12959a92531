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
 * A journal an instance loses all at once, as a process killed mid-run does: from {@link #cut()} on, every call fails
 * and nothing of this instance reaches the store any more (no lease renewed, no delivery recorded).
 */
final class CuttableJournal implements RunJournal {

    private final RunJournal journal;
    private volatile boolean cut;

    CuttableJournal(RunJournal journal) {
        this.journal = journal;
    }

    void cut() {
        cut = true;
    }

    private RunJournal live() {
        if (cut) {
            throw new RunJournalException("this instance is gone", null);
        }
        return journal;
    }

    @Override
    public Claim claim(JournalKey key, String owner, long leaseMillis) {
        return live().claim(key, owner, leaseMillis);
    }

    @Override
    public void started(JournalKey key, String owner, String runId, Map<String, Object> runHeaders, Instant waitDeadline, long leaseMillis) {
        live().started(key, owner, runId, runHeaders, waitDeadline, leaseMillis);
    }

    @Override
    public void release(JournalKey key, String owner) {
        live().release(key, owner);
    }

    @Override
    public void inDoubt(JournalKey key, String owner) {
        live().inDoubt(key, owner);
    }

    @Override
    public Set<JournalKey> renew(String owner, Collection<JournalKey> keys, long leaseMillis) {
        return live().renew(owner, keys, leaseMillis);
    }

    @Override
    public List<JournaledWait> takeOverWaits(String endpointKey, String owner, long leaseMillis, int max) {
        return live().takeOverWaits(endpointKey, owner, leaseMillis, max);
    }

    @Override
    public int deliveryStarts(JournalKey key, String owner) {
        return live().deliveryStarts(key, owner);
    }

    @Override
    public void delivered(JournalKey key, String owner) {
        live().delivered(key, owner);
    }

    @Override
    public void handBack(String owner, Collection<JournalKey> keys) {
        live().handBack(owner, keys);
    }
}
