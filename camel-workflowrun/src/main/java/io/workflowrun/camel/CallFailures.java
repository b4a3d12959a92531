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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.util.Map;
import java.util.Set;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.RunRequest;

/**
 * What a call that brought no run means, decided once for all providers: whether anything reached the provider, and
 * for a trigger whether a run may exist although none came back. The difference decides everything that follows: a
 * trigger that may have started a run is never sent again and fails as {@link WorkflowRunMaybeStartedException}; one
 * that surely reached nothing may be resent.
 */
final class CallFailures {

    /**
     * Statuses by which a gateway in front of the service says that it forwarded the request and then lost the answer,
     * so the service may have acted on it: 502 (RFC 9110: an invalid answer from the server behind), 504 (RFC 9110: no
     * timely answer from it; a hosted service's gateway after about 100 s of a long synchronous run), Cloudflare's 520 (the origin's
     * answer was empty or unexpected) and 524 (connected to the origin, which did not answer within 100 s). A gateway
     * that could not reach the service says so otherwise (Cloudflare 521 to 523, 525, 526); those, 503 and the other 5xx
     * stay provider errors, which a trigger is not resent after either (RFC 9110 does not make a 503 mean unprocessed).
     */
    private static final Set<Integer> FORWARDED_ANSWER_LOST = Set.of(502, 504, 520, 524);

    /** The de facto header in which gateways and services name a request, for answers a provider client never read. */
    static final String REQUEST_ID_HEADER = "x-request-id";

    private CallFailures() {
    }

    /**
     * No (whole) answer came. A request cannot leave before its connection, TLS included, is made: until then nothing
     * reached the provider, whatever the failure. After that, a trigger may have started a run.
     */
    static Exception noAnswer(String provider, RunRequest request, HttpCall call, Exception failure, boolean mayHaveLeft) {
        if (!mayHaveLeft) {
            return new WorkflowRunTransportException(provider, call.uri().getHost(), false, failure);
        }
        if (request.operation() == WorkflowRunOperation.trigger) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), failure);
        }
        return new WorkflowRunTransportException(provider, call.uri().getHost(), true, failure);
    }

    /**
     * An answer came but gave no run. For a trigger, the run may exist all the same when the answer is a gateway's
     * "forwarded, answer lost", or a success that could not be read (not JSON, too large, no run ID): only an answer
     * that carries the provider's own error code says that the provider refused the trigger.
     */
    static Exception answerFailure(String provider, RunRequest request, int status, Map<String, String> headers, Exception failure) {
        if (request.operation() != WorkflowRunOperation.trigger) {
            return failure;
        }
        WorkflowRunException answer = failure instanceof WorkflowRunException e ? e : null;
        String requestId = answer != null && answer.getRequestId() != null ? answer.getRequestId() : headers.get(REQUEST_ID_HEADER);
        String why = answer != null && answer.getErrorMessage() != null ? answer.getErrorMessage() : String.valueOf(failure);
        if (FORWARDED_ANSWER_LOST.contains(status)) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), status, requestId,
                    "a gateway answered HTTP " + status + ": it may have passed the trigger on and lost the answer (" + why + ")",
                    failure);
        }
        boolean refused = answer != null && answer.getErrorCode() != null;
        if (status / 100 == 2 && !refused) {
            return new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), status, requestId,
                    "its answer (HTTP " + status + ") did not name the run: " + why, failure);
        }
        return failure;
    }

    /** The call was given up before it was sent, for this reason. */
    static WorkflowRunNotSentException notSent(String provider, RunRequest request, String why, Exception cause) {
        return new WorkflowRunNotSentException(provider, request.operation(), request.workflowId(), namedRunId(request), why, cause);
    }

    /**
     * The run a call names: the one a status or cancel call is about. A trigger names none (a run ID header on its
     * message is left from an earlier call).
     */
    static String namedRunId(RunRequest request) {
        return request.operation() == WorkflowRunOperation.trigger ? null : request.runId();
    }
}
