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
package io.workflowrun.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A run the simulator started. Its state follows from its timeline: {@code pending}, then {@code running}, then (where
 * it has to) {@code waiting} for a person's input, still RUNNING as a {@link RunState} but paused where the provider
 * says so (Dify's Human Input node), then the outcome (an outcome of RUNNING never finishes), unless it is cancelled
 * first.
 *
 * @param provider   the provider id
 * @param workflowId the workflow
 * @param runId      the run ID it returned
 * @param parameters the input parameters as the provider received them
 * @param startedAt  when
 * @param pending    how long it stays PENDING
 * @param running    how long it then stays RUNNING
 * @param waiting    how long it then waits for input before its outcome; zero for a run that never waits
 * @param outcome    how it ends
 */
public record SimulatedRun(
        String provider, String workflowId, String runId, Map<String, Object> parameters, Instant startedAt,
        Duration pending, Duration running, Duration waiting, RunState outcome) {

    public SimulatedRun {
        waiting = waiting == null ? Duration.ZERO : waiting;
    }

    /** A run that never waits for input. */
    public SimulatedRun(
            String provider, String workflowId, String runId, Map<String, Object> parameters, Instant startedAt,
            Duration pending, Duration running, RunState outcome) {
        this(provider, workflowId, runId, parameters, startedAt, pending, running, Duration.ZERO, outcome);
    }

    /** A run that has ended SUCCEEDED by the time it is started. */
    public SimulatedRun(String provider, String workflowId, String runId, Map<String, Object> parameters, Instant startedAt) {
        this(provider, workflowId, runId, parameters, startedAt, Duration.ZERO, Duration.ZERO, RunState.SUCCEEDED);
    }

    /** The state at an instant, for a run not cancelled. */
    public RunState stateAt(Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        if (elapsed.compareTo(pending) < 0) {
            return RunState.PENDING;
        }
        if (outcome == RunState.RUNNING || elapsed.compareTo(pending.plus(running).plus(waiting)) < 0) {
            return RunState.RUNNING;
        }
        return outcome;
    }

    /** Whether, at that instant, it is paused waiting for input (for a run not cancelled). */
    public boolean isWaitingAt(Instant now) {
        Duration elapsed = Duration.between(startedAt, now);
        return !waiting.isZero() && elapsed.compareTo(pending.plus(running)) >= 0
               && (outcome == RunState.RUNNING || elapsed.compareTo(pending.plus(running).plus(waiting)) < 0);
    }

    /** When it stops to wait for input, or null when it never does. */
    public Instant pausesAt() {
        return waiting.isZero() ? null : startedAt.plus(pending).plus(running);
    }

    /** When it ends by its timeline, or null when it never does. */
    public Instant endsAt() {
        return outcome == RunState.RUNNING ? null : startedAt.plus(pending).plus(running).plus(waiting);
    }
}
