package io.workflowrun.simulator;

/**
 * One emulated provider API. Each is served on its own loopback port, so official SDKs that always call {@code /} can
 * be pointed at it. Implementations are listed in {@code META-INF/services/io.workflowrun.simulator.ProviderHandler}.
 */
public interface ProviderHandler {

    /** The provider id, as in the component's URI. */
    String id();

    /** The path prefix of the provider's API on its port, appended to the base URL users configure (e.g. "/v1"). */
    default String basePath() {
        return "";
    }

    /** Answers one request. Called concurrently. */
    SimulatorResponse handle(SimulatorRequest request, SimulatorContext context);

    /** The provider's own answer to a caller over its rate limit, for {@link Fault#providerThrottling()}. */
    default SimulatorResponse throttled(SimulatorRequest request) {
        return SimulatorResponse.text(429, "text/plain", "Too Many Requests");
    }
}
