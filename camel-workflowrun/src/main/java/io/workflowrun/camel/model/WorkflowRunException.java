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

import java.time.Duration;

/**
 * The provider answered with an error. Carries what a support ticket needs: the provider, its HTTP status, error code
 * and message, its request ID, the workflow and run the call was for where known; never a credential.
 */
public class WorkflowRunException extends WorkflowRunComponentException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String errorCode;
    private final String errorMessage;
    private final String requestId;
    private final String whatWasDone;
    private Duration retryAfter;

    public WorkflowRunException(String provider, int httpStatus, String errorCode, String errorMessage, String requestId) {
        super(provider, null, null, null);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.whatWasDone = null;
    }

    /** The same answer, told in a longer message that says what was done about it. */
    protected WorkflowRunException(WorkflowRunException answer, String whatWasDone) {
        super(answer.getProvider(), answer.getWorkflowId(), answer.getRunId(), answer);
        this.httpStatus = answer.httpStatus;
        this.errorCode = answer.errorCode;
        this.errorMessage = answer.errorMessage;
        this.requestId = answer.requestId;
        this.retryAfter = answer.retryAfter;
        this.whatWasDone = whatWasDone;
    }

    @Override
    String describe() {
        StringBuilder text = new StringBuilder(getProvider()).append(" answered HTTP ").append(httpStatus);
        if (errorCode != null) {
            text.append(" with error ").append(errorCode);
        }
        if (errorMessage != null) {
            text.append(": ").append(errorMessage);
        }
        text.append(idsInParentheses(requestId == null ? null : "request ID " + requestId));
        if (whatWasDone != null) {
            text.append("; ").append(whatWasDone);
        }
        return text.toString();
    }

    /** The HTTP status of the answer (some providers answer errors with 200). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The provider's error code, or null where it gave none. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The provider's error message, or null where it gave none. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The provider's request ID, or null where it gave none. */
    public String getRequestId() {
        return requestId;
    }

    /**
     * How long the answer asked the caller to wait before calling again (its {@code Retry-After} header), or null where
     * it did not say.
     */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Set by the core from the answer's headers, which the provider's reading of its body does not see. */
    public void setRetryAfter(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }
}
