package io.workflowrun.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A run the simulator started. Its state follows from its timeline: {@code pending}, then {@code running}, then the
 * outcome (an outcome of RUNNING never finishes), unless it is cancelled first.
 *
 * @param provider   the provider id
 * @param workflowId the workflow
 * @param runId      the run ID it returned
 * @param parameters the input parameters as the provider received them
 * @param startedAt  when
 * @param pending    how long it stays PENDING
 * @param running    how long it then stays RUNNING
 * @param outcome    how it ends
 */
public record SimulatedRun(
        String provider, String workflowId, String runId, Map<String, Object> parameters, Instant startedAt,
        Duration pending, Duration running, RunState outcome) {

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
        if (outcome == RunState.RUNNING || elapsed.compareTo(pending.plus(running)) < 0) {
            return RunState.RUNNING;
        }
        return outcome;
    }

    /** When it ends by its timeline, or null when it never does. */
    public Instant endsAt() {
        return outcome == RunState.RUNNING ? null : startedAt.plus(pending).plus(running);
    }
}
