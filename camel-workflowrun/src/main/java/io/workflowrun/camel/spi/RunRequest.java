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
package io.workflowrun.camel.spi;

import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRunOperation;

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
 * @param idempotencyKey for a trigger to a provider that {@linkplain ProviderClient#takesIdempotencyKey() has one}: the
 *                   key that makes a second trigger return the first one's run instead of starting another; else null
 */
public record RunRequest(
        WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
        Map<String, Object> headers, Instant now, String text, String idempotencyKey) {

    /** The header that names the workflow, as {@code WorkflowRunConstants} publishes it (the SPI cannot import it). */
    public static final String WORKFLOW_ID_HEADER = "CamelWorkflowRunWorkflowId";
    /** The header that names the run, as {@code WorkflowRunConstants} publishes it. */
    public static final String RUN_ID_HEADER = "CamelWorkflowRunId";
    /** The header that gives a trigger its idempotency key, as {@code WorkflowRunConstants} publishes it. */
    public static final String IDEMPOTENCY_KEY_HEADER = "CamelWorkflowRunIdempotencyKey";

    /** A request without an idempotency key. */
    public RunRequest(
            WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
            Map<String, Object> headers, Instant now, String text) {
        this(operation, workflowId, runId, parameters, headers, now, text, null);
    }

    /** A request whose input, if any, is parameters. */
    public RunRequest(
            WorkflowRunOperation operation, String workflowId, String runId, Map<String, Object> parameters,
            Map<String, Object> headers, Instant now) {
        this(operation, workflowId, runId, parameters, headers, now, null);
    }

    /** The same request, to be signed at another instant (a resend is signed anew). */
    public RunRequest at(Instant instant) {
        return new RunRequest(operation, workflowId, runId, parameters, headers, instant, text, idempotencyKey);
    }

    /**
     * A header as text, or null when absent or blank: text, a number or a boolean. A Map, a list or another object, or
     * text with a control character, is refused naming the header.
     */
    public String headerText(String name) {
        return RequestValues.textHeader(headers.get(name), name);
    }

    /**
     * An ID header as text, or null when absent or blank. Text only; a Map, a list or another object is refused naming
     * the header and the type it got, as are control characters and the dot segments {@code .} and {@code ..}.
     */
    public String headerId(String name) {
        return RequestValues.idHeader(headers.get(name), name, false);
    }

    /** {@link #headerId(String)} for a provider whose IDs are numbers: a whole number is taken too. */
    public String numericHeaderId(String name) {
        return RequestValues.idHeader(headers.get(name), name, true);
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
                                               + providerId + ":<workflowId>) or in header " + WORKFLOW_ID_HEADER);
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
                                               + RUN_ID_HEADER);
        }
        return runId;
    }

    /**
     * A header that holds a JSON object, as a Map or as JSON text; null when absent. Anything else, text with more after
     * the object, or a structure that contains itself, is refused naming the header.
     */
    public Map<String, Object> headerObject(String name) {
        Object value = headers.get(name);
        if (value == null) {
            return null;
        }
        String what = "Header " + name;
        if (value instanceof Map<?, ?> map) {
            return JsonInput.fromMap(map, what);
        }
        if (value instanceof CharSequence text) {
            return JsonInput.parse(text.toString(), what);
        }
        throw new IllegalArgumentException(what + " holds a " + value.getClass().getName()
                                           + ", but it takes a Map or a JSON object as text");
    }
}
