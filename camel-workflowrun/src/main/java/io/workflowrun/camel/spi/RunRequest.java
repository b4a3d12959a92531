package io.workflowrun.camel.spi;

import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunOperation;

/**
 * A message as the provider sees it: what to do, on which workflow or run, with which parameters.
 *
 * @param operation  what to do
 * @param workflowId the workflow (the URI's, or the header's override); may be null where the provider allows it
 * @param runId      the run to act on, for status and cancel
 * @param parameters the workflow's input parameters from the body, or null for none
 * @param headers    the message headers, for provider-specific headers
 * @param now        the instant to sign with: read once by the core, so signers never read a clock
 */
public record RunRequest(
        WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
        Map<String, Object> headers, Instant now) {

    /** The same request, to be signed at another instant (a resend is signed anew). */
    public RunRequest at(Instant instant) {
        return new RunRequest(operation, workflowId, runId, parameters, headers, instant);
    }

    /** A header as text, or null when absent or blank. */
    public String headerText(String name) {
        Object value = headers.get(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.isBlank() ? null : text;
    }

    /** A header's raw value, or null. */
    public Object header(String name) {
        return headers.get(name);
    }
}
