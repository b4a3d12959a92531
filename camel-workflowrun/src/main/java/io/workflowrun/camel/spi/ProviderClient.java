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

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;

/**
 * What one provider contributes to the producer's single flow (map the message, build and sign the request, send, read
 * the answer): the two provider-specific steps. Bound to one endpoint's configuration; must be thread-safe.
 */
public interface ProviderClient {

    /**
     * Builds the signed HTTP request for a run request.
     *
     * @throws IllegalArgumentException naming the header, field or option that is wrong; nothing has been sent then
     */
    HttpCall call(RunRequest request);

    /**
     * Reads the provider's complete answer: a run, or a {@link WorkflowRunException} for an error answer. For a trigger
     * answered with a success status (2xx), the core takes an exception as "the run may exist" (and reports
     * {@code WorkflowRunMaybeStartedException}) unless it carries the provider's own error code: set the error code only
     * where the provider reported one, and leave it null for an answer that cannot be read or names no run.
     */
    WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException;

    /**
     * Whether this provider's workflow and run IDs are numbers, so that the ID headers
     * ({@code CamelWorkflowRunWorkflowId}, {@code CamelWorkflowRunId}) may hold a whole number as well as text. Text
     * only by default.
     */
    default boolean numericIds() {
        return false;
    }

    /**
     * Whether the provider's API takes the workflow's input as free text: then a text body that is not a JSON object
     * reaches {@link #call} as it is, in {@link RunRequest#text()}, instead of being refused. False by default: the
     * body must be the workflow's parameters (a Map, a JSON object, a POJO).
     */
    default boolean takesText() {
        return false;
    }

    /**
     * The access token this client sends, where it gets one from a token endpoint: the core fetches a token before it
     * calls {@link #call} at an instant for which the source holds none, and forgets it when the provider answers 401.
     * Null by default: the client's keys sign its calls by themselves.
     */
    default TokenSource tokens() {
        return null;
    }

    /**
     * Whether the provider has a native idempotency key for triggers: then {@link RunRequest#idempotencyKey()} goes
     * there, and a second trigger with the same key returns the first one's run (reported
     * {@linkplain WorkflowRun#asAlreadyStarted() already started}) or is refused as the provider documents it. False by
     * default: a trigger with a key is then refused before anything is sent, since the key could not keep a repeated
     * trigger from starting a second run.
     */
    default boolean takesIdempotencyKey() {
        return false;
    }

    /**
     * Whether this error answer means the provider refused the call without processing it (throttling), so that sending
     * it again cannot start a second run. HTTP 429 by default; providers add their own throttling codes.
     */
    default boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429;
    }

    /**
     * Whether this error answer refuses the call's credentials (a wrong, expired or revoked key, a signature the
     * provider does not accept, or a credential without the permission): the health check's readiness goes DOWN while
     * the provider answers so. HTTP 401 and 403 by default; providers that refuse credentials otherwise (an error code in
     * a 200 or 400 answer) say so. Never asked of an answer {@link #isRefusedUnprocessed} took as throttling.
     */
    default boolean isAuthenticationRefused(WorkflowRunException error) {
        return refusesCredentials(error);
    }

    /**
     * Whether an error answer refuses the credentials: HTTP 401 or 403, or an error code that starts with one of the
     * provider's own credential codes (for {@link #isAuthenticationRefused}).
     */
    static boolean refusesCredentials(WorkflowRunException error, String... codePrefixes) {
        if (error.getHttpStatus() == 401 || error.getHttpStatus() == 403) {
            return true;
        }
        String code = error.getErrorCode();
        if (code != null) {
            for (String prefix : codePrefixes) {
                if (code.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Provider-specific headers to put on the message with a run (e.g. the ID another operation will need); none by
     * default.
     *
     * @param request the call that reported the run (for a trigger: what it was started with)
     */
    default java.util.Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        return java.util.Map.of();
    }

    /**
     * For calls that ask for an event stream: told each server-sent event in turn. Returns the run each time the event
     * says something of it (started, paused, ended), or null for an event that does not. The core closes the stream at
     * the first run, or, when it waits for the outcome, once the run has ended.
     */
    default WorkflowRun readEvent(RunRequest request, ServerSentEvent event) throws WorkflowRunException {
        throw new UnsupportedOperationException("this provider does not stream");
    }
}
