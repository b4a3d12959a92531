package io.workflowrun.simulator.alibaba;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;

/** One known key and a stopped clock: enough for a verifier to judge a recorded or published request. */
final class FixedContext implements SimulatorContext {

    private final String accessKey;
    private final String secret;
    private final Clock clock;

    FixedContext(String accessKey, String secret, Instant now) {
        this.accessKey = accessKey;
        this.secret = secret;
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Override
    public String secretOf(String provider, String key) {
        return accessKey.equals(key) ? secret : null;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SimulatedRun startRun(String provider, String workflowId, String runId, Map<String, Object> parameters) {
        return new SimulatedRun(provider, workflowId, runId, parameters, clock.instant());
    }
}
