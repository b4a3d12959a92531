package io.workflowrun.camel.spi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunOperation;
import io.workflowrun.camel.http.Json;

/**
 * A message as the provider sees it: what to do, on which workflow or run, with which parameters.
 *
 * @param operation  what to do
 * @param workflowId the workflow (the URI's, or the header's override); may be null where the provider allows it
 * @param runId      the run to act on, for status and cancel
 * @param parameters the workflow's input parameters from the body, or null for none
 * @param headers    the message headers, for provider-specific headers
 * @param now        the instant to sign with: read once by the core, so signers never read a clock
 * @param text       for a provider that {@linkplain ProviderClient#takesText() takes free text}: a text body that is not
 *                   a JSON object, as it is (then {@code parameters} is null); else null
 */
public record RunRequest(
        WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
        Map<String, Object> headers, Instant now, String text) {

    /** A request whose input, if any, is parameters. */
    public RunRequest(
            WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
            Map<String, Object> headers, Instant now) {
        this(operation, workflowId, runId, parameters, headers, now, null);
    }

    /** The same request, to be signed at another instant (a resend is signed anew). */
    public RunRequest at(Instant instant) {
        return new RunRequest(operation, workflowId, runId, parameters, headers, instant, text);
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

    /**
     * The workflow ID, or an error that names the URI and header to set it in.
     *
     * @param providerId the provider, for the message
     * @param what       what the provider calls it, e.g. {@code workflow_id}
     */
    public String requireWorkflowId(String providerId, String what) {
        if (workflowId == null || workflowId.isBlank()) {
            throw new IllegalArgumentException("Provider " + providerId + " needs a " + what + ": set it in the URI (workflowrun:"
                                               + providerId + ":<workflowId>) or in header " + WorkflowRunConstants.WORKFLOW_ID);
        }
        return workflowId;
    }

    /**
     * The run ID, or an error that names the header to set it in.
     *
     * @param what what the provider calls it, e.g. {@code workflow_run_id}
     */
    public String requireRunId(String what) {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("Operation " + operation + " needs the " + what + " in header "
                                               + WorkflowRunConstants.RUN_ID);
        }
        return runId;
    }

    /** A header that holds a JSON object, as a Map or as JSON text; null when absent. */
    public Map<String, Object> headerObject(String name) {
        Object value = headers.get(name);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), item));
            return copy;
        }
        Map<String, Object> parsed = value instanceof CharSequence text
                ? Json.readObjectOrNull(text.toString().getBytes(StandardCharsets.UTF_8)) : null;
        if (parsed == null) {
            throw new IllegalArgumentException("Header " + name + " must be a Map or a JSON object as text, but is "
                                               + (value instanceof CharSequence ? "text that is not a JSON object"
                                                       : "a " + value.getClass().getName()));
        }
        return parsed;
    }
}
