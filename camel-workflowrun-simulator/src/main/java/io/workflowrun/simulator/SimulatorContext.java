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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** What a handler may ask of the simulator: its keys, its clock, and the runs it keeps. */
public interface SimulatorContext extends SimulatorKeys {

    /** The clock that timestamp windows and run timelines are read from. */
    Clock clock();

    /** How long the gateway in front of the service waits for an answer before it answers in the service's place. */
    Duration gatewayTimeout();

    /** Records a started run, on the timeline and with the outcome set for its workflow, so tests can count and inspect them. */
    SimulatedRun startRun(String provider, String workflowId, String runId, Map<String, Object> parameters);

    /** A run this provider started, or null when there is none by that ID. */
    SimulatedRun run(String provider, String runId);

    /** The run's state now. */
    RunState stateOf(SimulatedRun run);

    /**
     * When a run in this state ended: the end of its timeline, or when it was cancelled; null for a state that has not
     * ended. Takes the state the caller read, so that the two agree however the run moves on in between.
     */
    Instant endOf(SimulatedRun run, RunState state);

    /** Cancels the run; false when it had already ended. */
    boolean cancel(SimulatedRun run);
}
