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
package io.workflowrun.camel.model;

import java.time.Instant;

/**
 * A trigger reached the provider but no usable answer came back: the provider may have started the run. Either no
 * answer came at all, or one came that says nothing certain: a gateway's timeout (HTTP 502, 504, 520, 524), or a
 * success answer that cannot be read (not JSON, beyond the size bound, no run ID). It is not sent again, so that the
 * workflow does not run twice; the exception says what is needed to look the run up.
 */
public class WorkflowRunMaybeStartedException extends WorkflowRunTransportException {

    private static final long serialVersionUID = 1L;

    private final Instant sentAt;
    private final int httpStatus;
    private final String requestId;
    private final String what;

    /** The trigger got no answer. */
    public WorkflowRunMaybeStartedException(String provider, String workflowId, Instant sentAt, Throwable cause) {
        this(provider, workflowId, sentAt, 0, null, "no answer came (" + cause + ")", cause);
    }

    /**
     * The trigger got an answer that does not say whether the run started.
     *
     * @param httpStatus the answer's HTTP status
     * @param requestId  the provider's request ID, where the answer had one; else null
     * @param what       what was wrong with the answer
     */
    public WorkflowRunMaybeStartedException(
            String provider, String workflowId, Instant sentAt, int httpStatus, String requestId, String what, Throwable cause) {
        super(provider, workflowId, null, null, true, cause);
        this.sentAt = sentAt;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.what = what;
    }

    @Override
    String describe() {
        return getProvider() + " may have started a run" + (getWorkflowId() == null ? "" : " of workflow " + getWorkflowId())
               + ": the trigger was sent at " + sentAt + " but " + what + (requestId == null ? "" : " (request ID " + requestId + ")")
               + ". It was not sent again, so that the workflow does not run twice: look for a run started at that time "
               + "before retrying this message.";
    }

    /** When the trigger was signed and sent. */
    public Instant getSentAt() {
        return sentAt;
    }

    /** The HTTP status of the answer that came, or 0 when none came. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The provider's request ID from the answer that came, or null (no answer, or none in it). */
    public String getRequestId() {
        return requestId;
    }
}
