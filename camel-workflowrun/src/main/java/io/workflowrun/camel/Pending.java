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

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the component still owes an answer: calls in flight, and timer tasks (resends, rate-limit slots, polls) not
 * yet run. Stopping the component fails each of them. Without this their exchanges would wait for ever: the HTTP
 * client's immediate close does not always tell a call that its connection is gone, and the timer's shutdown drops
 * its tasks unrun.
 */
final class Pending {

    private final Set<Runnable> onStop = ConcurrentHashMap.newKeySet();

    /** Owes an answer until {@link #settle}; {@code failOnStop} gives it should the component stop first. Returns the handle. */
    Runnable owe(Runnable failOnStop) {
        onStop.add(failOnStop);
        return failOnStop;
    }

    /** Settles what {@link #owe} returned: true for the one caller that does it first, the answer or the stop. */
    boolean settle(Runnable handle) {
        return onStop.remove(handle);
    }

    /** Whether nothing is owed: every call and timer task has had its answer (what the tests check of each path). */
    boolean isEmpty() {
        return onStop.isEmpty();
    }

    /** The component is stopping: fails everything still owed. */
    void failAll() {
        for (Runnable failOnStop : onStop) {
            if (onStop.remove(failOnStop)) {
                failOnStop.run();
            }
        }
    }
}
