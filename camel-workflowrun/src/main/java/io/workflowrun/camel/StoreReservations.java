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

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The few threads on which a shared rate limit store's blocking reservations run (a JDBC transaction): never an HTTP
 * client I/O thread, whose stall would hold every call on its connections, nor the component's one timer. Made on the
 * first such reservation (a component without a store, or with one it reaches asynchronously, never starts it) and shut
 * down with the component; what it then leaves unrun the component's {@link Pending} answers.
 */
final class StoreReservations implements Executor {

    /** Reservations of one credential queue on one row's lock anyway: more threads would only hold more connections. */
    static final int THREADS = 4;
    static final String THREAD_NAME = "WorkflowRunRateLimitStore";

    private final WorkflowRunComponent component;
    private ExecutorService pool;

    StoreReservations(WorkflowRunComponent component) {
        this.component = component;
    }

    /** @throws RejectedExecutionException once the component is stopping */
    @Override
    public void execute(Runnable reservation) {
        pool().execute(reservation);
    }

    private synchronized ExecutorService pool() {
        if (component.isStoppingOrStopped()) {
            throw new RejectedExecutionException("The workflowrun component is stopping");
        }
        if (pool == null) {
            ThreadPoolProfile profile = new ThreadPoolProfile(THREAD_NAME);
            profile.setPoolSize(THREADS);
            profile.setMaxPoolSize(THREADS);
            // a burst of calls queues its reservations here rather than failing them: each is a small task (for a
            // thread pool, Camel reads 0 or less as no queue at all)
            profile.setMaxQueueSize(Integer.MAX_VALUE);
            profile.setAllowCoreThreadTimeOut(true);
            profile.setKeepAliveTime(60L);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            pool = component.getCamelContext().getExecutorServiceManager().newThreadPool(this, THREAD_NAME, profile);
        }
        return pool;
    }

    /** The component stops: queued reservations are dropped (their calls are answered as the component stops). */
    void shutdown() {
        ExecutorService current;
        synchronized (this) {
            current = pool;
            pool = null;
        }
        if (current != null) {
            component.getCamelContext().getExecutorServiceManager().shutdownNow(current);
        }
    }
}
