package io.workflowrun.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * A run the simulator started.
 *
 * @param provider   the provider id
 * @param workflowId the workflow
 * @param runId      the run ID it returned
 * @param parameters the input parameters as the provider received them
 * @param startedAt  when
 */
public record SimulatedRun(String provider, String workflowId, String runId, Map<String, Object> parameters, Instant startedAt) {
}
