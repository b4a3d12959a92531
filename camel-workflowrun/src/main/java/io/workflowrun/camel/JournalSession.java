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

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.workflowrun.camel.journal.JournalKey;
import io.workflowrun.camel.journal.JournaledWait;
import io.workflowrun.camel.journal.RunJournal;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's side of the run journal: this instance's name in it, the pool its blocking calls run on (never a
 * route's thread or an HTTP I/O thread), the leases it renews on what it holds, and the waits it takes over from
 * instances that died. Started with the component when runJournal is set.
 */
final class JournalSession {

    private static final Logger LOG = LoggerFactory.getLogger(JournalSession.class);
    /** Waits taken over per endpoint and lease round: a dead instance's thousands are spread over several rounds. */
    static final int TAKE_OVER_AT_ONCE = 500;

    private final RunJournal journal;
    private final long leaseMillis;
    private final String owner;
    /** Triggers this instance is sending and waits it follows: the keys whose leases it renews. */
    private final Set<JournalKey> held = ConcurrentHashMap.newKeySet();
    /** The endpoints with durable waits, by endpoint key: only those can follow a dead instance's waits. */
    private final Map<String, DurableWaits> followers = new ConcurrentHashMap<>();
    private final ExecutorServiceManager executors;
    private final Object source;
    private ExecutorService pool;
    private ScheduledExecutorService leaseTimer;
    private volatile boolean stopped;
    /** When the last renewal that reached the journal was asked for (System.nanoTime). */
    private volatile long lastRenewed = System.nanoTime();

    JournalSession(RunJournal journal, long leaseMillis, ExecutorServiceManager executors, Object source) {
        this.journal = journal;
        this.leaseMillis = leaseMillis;
        this.executors = executors;
        this.source = source;
        this.owner = instanceName();
    }

    /** Host, process and a random part: readable in the table, and unique for every start. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void start() {
        ThreadPoolProfile profile = new ThreadPoolProfile("WorkflowRunJournal");
        profile.setPoolSize(4);
        profile.setMaxPoolSize(16);
        profile.setMaxQueueSize(10_000);
        profile.setAllowCoreThreadTimeOut(true);
        // a full queue (the store far too slow) fails the exchange unsent instead of running JDBC on the caller's thread
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        pool = executors.newThreadPool(source, "WorkflowRunJournal", profile);
        leaseTimer = executors.newSingleThreadScheduledExecutor(source, "WorkflowRunJournalLeases");
        long every = Math.max(1, leaseMillis / 3);
        leaseTimer.scheduleWithFixedDelay(this::keepLeases, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Run journal {} as instance {}, leases of {} ms", journal, owner, leaseMillis);
    }

    void stop() {
        stopped = true;
        if (leaseTimer != null) {
            executors.shutdownNow(leaseTimer);
        }
        // the waits this instance follows are handed back at once, not after their leases run out
        List<JournalKey> waits = List.copyOf(held);
        if (!waits.isEmpty()) {
            try {
                journal.handBack(owner, waits);
            } catch (RuntimeException e) {
                LOG.warn("The run journal could not take back the waits of instance {}: other instances take them over when their "
                         + "leases end ({})", owner, e.getMessage());
            }
        }
        held.clear();
        if (pool != null) {
            executors.shutdown(pool);
        }
    }

    /** Once stopping, waits that end (the component's stop ends them) are not delivered: they were handed back. */
    boolean isStopped() {
        return stopped;
    }

    RunJournal journal() {
        return journal;
    }

    String owner() {
        return owner;
    }

    long leaseMillis() {
        return leaseMillis;
    }

    /** Runs a journal call on the journal's pool. */
    <T> CompletableFuture<T> call(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, pool);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    void hold(JournalKey key) {
        held.add(key);
    }

    void letGo(JournalKey key) {
        held.remove(key);
    }

    /** Follows this endpoint's durable waits, its own and those of instances that died. */
    void follow(String endpointKey, DurableWaits waits) {
        followers.putIfAbsent(endpointKey, waits);
    }

    void unfollow(String endpointKey, DurableWaits waits) {
        followers.remove(endpointKey, waits);
    }

    /**
     * Whether this instance still holds the key: it is among those it renews, and its last renewal is younger than a
     * lease (past that, another instance may have taken the key over without this one knowing).
     */
    boolean holds(JournalKey key) {
        return held.contains(key) && System.nanoTime() - lastRenewed < TimeUnit.MILLISECONDS.toNanos(leaseMillis);
    }

    private void keepLeases() {
        try {
            List<JournalKey> keys = List.copyOf(held);
            long asked = System.nanoTime();
            Set<JournalKey> renewed = journal.renew(owner, keys, leaseMillis);
            // another instance has what was not renewed: this one stops following it
            keys.stream().filter(key -> !renewed.contains(key)).forEach(held::remove);
            lastRenewed = asked;
        } catch (RuntimeException e) {
            // the leases may run out: another instance may then take a wait over, and this one's delivery finds it gone
            LOG.warn("The run journal could not renew the leases of instance {} ({})", owner, e.getMessage());
            return;
        }
        followers.forEach((endpointKey, waits) -> {
            try {
                for (JournaledWait wait : journal.takeOverWaits(endpointKey, owner, leaseMillis, TAKE_OVER_AT_ONCE)) {
                    held.add(wait.key());
                    waits.resume(wait);
                }
            } catch (RuntimeException e) {
                LOG.warn("The run journal could not take over the waits of instances that stopped ({})", e.getMessage());
            }
        });
    }
}
