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
package io.workflowrun.camel.statistics;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunThrottledException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import org.apache.camel.InvalidPayloadException;

/** Why an exchange failed, in the words an operator acts on: each kind calls for a different fix. */
public enum FailureKind {
    /** The message or the endpoint's options could not make a call: nothing was sent (fix the route or the message). */
    INVALID_INPUT("invalid_input"),
    /** The call was not sent (no token, the component stopping, the answer no longer wanted): safe to send again. */
    NOT_SENT("not_sent"),
    /** The provider refused the credentials (HTTP 401 or 403). */
    AUTHENTICATION("authentication"),
    /** The provider kept throttling beyond the retry budget. */
    THROTTLED("throttled"),
    /** The provider answered with an error other than the above. */
    REJECTED("rejected"),
    /** A trigger was sent and got no answer: the run may exist. */
    MAYBE_STARTED("maybe_started"),
    /** A call other than a trigger got no answer, or a broken one. */
    TRANSPORT("transport"),
    /** The run did not end within waitTimeout (or the component stopped while waiting). */
    WAIT_TIMEOUT("wait_timeout"),
    /** The run ended FAILED or CANCELLED, and failOnRunFailure made the exchange fail. */
    RUN_FAILED("run_failed"),
    /** Anything else. */
    OTHER("other");

    private final String tag;

    FailureKind(String tag) {
        this.tag = tag;
    }

    /** The kind's name as a metric tag value. */
    public String tag() {
        return tag;
    }

    /**
     * The kind of an exchange's failure.
     *
     * @param throttling        whether the provider's client took the failure's answer as throttling
     * @param credentialsRefused whether the provider's client took the failure's answer as a refusal of the credentials
     */
    public static FailureKind of(Throwable failure, boolean throttling, boolean credentialsRefused) {
        if (failure instanceof WorkflowRunThrottledException || failure instanceof WorkflowRunException && throttling) {
            return THROTTLED;
        }
        if (failure instanceof WorkflowRunException) {
            return credentialsRefused ? AUTHENTICATION : REJECTED;
        }
        if (failure instanceof WorkflowRunMaybeStartedException) {
            return MAYBE_STARTED;
        }
        if (failure instanceof WorkflowRunTransportException) {
            return TRANSPORT;
        }
        if (failure instanceof WorkflowRunNotSentException) {
            return NOT_SENT;
        }
        if (failure instanceof WorkflowRunTimeoutException) {
            return WAIT_TIMEOUT;
        }
        if (failure instanceof WorkflowRunFailedException) {
            return RUN_FAILED;
        }
        if (failure instanceof IllegalArgumentException || failure instanceof InvalidPayloadException) {
            return INVALID_INPUT;
        }
        return OTHER;
    }
}
