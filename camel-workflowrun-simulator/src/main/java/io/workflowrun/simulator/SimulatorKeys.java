package io.workflowrun.simulator;

/** The keys a provider accepts: all a signature verifier needs besides the request itself. */
@FunctionalInterface
public interface SimulatorKeys {

    /** The secret of a known access key (for a bearer-token provider: any non-null value for a known key); null when unknown. */
    String secretOf(String provider, String accessKey);
}
