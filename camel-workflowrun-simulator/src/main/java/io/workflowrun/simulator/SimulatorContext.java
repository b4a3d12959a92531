package io.workflowrun.simulator;

import java.time.Clock;
import java.util.Map;

/** What a handler may ask of the simulator. */
public interface SimulatorContext {

    /** The secret of a known access key (for a bearer-token provider: any non-null value for a known key); null when unknown. */
    String secretOf(String provider, String accessKey);

    /** The clock that timestamp windows and run timelines are read from. */
    Clock clock();

    /** Records a started run, on the timeline and with the outcome set for its workflow, so tests can count and inspect them. */
    SimulatedRun startRun(String provider, String workflowId, String runId, Map<String, Object> parameters);

    // The run lifecycle below is kept by the simulator; contexts made up to test a verifier alone keep no runs.

    /** A run this provider started, or null when there is none by that ID. */
    default SimulatedRun run(String provider, String runId) {
        throw new UnsupportedOperationException("this context keeps no runs");
    }

    /** The run's state now. */
    default RunState stateOf(SimulatedRun run) {
        throw new UnsupportedOperationException("this context keeps no runs");
    }

    /** Cancels the run; false when it had already ended. */
    default boolean cancel(SimulatedRun run) {
        throw new UnsupportedOperationException("this context keeps no runs");
    }
}
