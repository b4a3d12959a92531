package io.workflowrun.simulator;

import java.time.Clock;
import java.util.Map;

/** What a handler may ask of the simulator. */
public interface SimulatorContext {

    /** The secret of a known access key (for a bearer-token provider: any non-null value for a known key); null when unknown. */
    String secretOf(String provider, String accessKey);

    /** The clock that timestamp windows are checked against. */
    Clock clock();

    /** Records a started run, so tests can count and inspect them. */
    SimulatedRun startRun(String provider, String workflowId, String runId, Map<String, Object> parameters);
}
