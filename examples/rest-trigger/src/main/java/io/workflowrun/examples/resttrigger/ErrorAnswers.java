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
package io.workflowrun.examples.resttrigger;

import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRunComponentException;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a failed exchange to an HTTP answer. What tells the caller whether to retry is the status: 400 (fix the
 * request), 502 (the provider refused, or could not be reached: nothing started), 503 (the application is stopping:
 * nothing was sent), 504 (a run may have started: look before retrying). Every exception of the component names the
 * provider, and the workflow and run where known; its messages carry no credential, so they are passed on.
 */
final class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {
    }

    static void answer(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Map<String, Object> body = new LinkedHashMap<>();
        int status = describe(failure, body);
        if (status >= 502) {
            LOG.warn("{} {}: {}", status, body.get("error"), failure.getMessage());
        }
        RunAnswers.reply(exchange.getMessage(), status, body);
    }

    private static int describe(Exception failure, Map<String, Object> body) {
        // the component checks the body and headers before anything is sent, and names what is wrong
        if (failure instanceof IllegalArgumentException || failure instanceof InvalidPayloadException) {
            return error(body, 400, "bad_request", failure.getMessage());
        }
        if (!(failure instanceof WorkflowRunComponentException workflowRun)) {
            LOG.error("Unexpected failure", failure);
            return error(body, 500, "internal_error", "Unexpected failure; the server log has the details");
        }
        int status = describe(workflowRun, body);
        // every exception of the component names the provider, and the workflow and the run where they are known
        body.put("provider", workflowRun.getProvider());
        if (workflowRun.getWorkflowId() != null) {
            body.put("workflowId", workflowRun.getWorkflowId());
        }
        if (workflowRun.getRunId() != null) {
            body.put("runId", workflowRun.getRunId());
        }
        return status;
    }

    private static int describe(WorkflowRunComponentException failure, Map<String, Object> body) {
        if (failure instanceof WorkflowRunException rejected) {
            error(body, 502, "provider_error", failure.getMessage());
            body.put("providerHttpStatus", rejected.getHttpStatus());
            body.put("providerCode", rejected.getErrorCode());
            body.put("providerMessage", rejected.getErrorMessage());
            body.put("requestId", rejected.getRequestId());
            return 502;
        }
        if (failure instanceof WorkflowRunMaybeStartedException maybe) {
            error(body, 504, "run_may_have_started", maybe.getProvider() + " got the trigger for workflow "
                    + maybe.getWorkflowId() + " at " + maybe.getSentAt() + " but did not answer, so a run may have "
                    + "started. Do not retry blindly: look for a run started at that time first, or the workflow may run twice.");
            body.put("sentAt", maybe.getSentAt().toString());
            body.put("cause", String.valueOf(maybe.getCause()));
            return 504;
        }
        if (failure instanceof WorkflowRunTransportException transport) {
            // not sent: the provider surely did nothing, a retry is safe; sent: no answer came in time
            int status = transport.isRequestSent() ? 504 : 502;
            return error(body, status, transport.isRequestSent() ? "provider_no_answer" : "provider_unreachable", failure.getMessage());
        }
        if (failure instanceof WorkflowRunNotSentException) {
            // the application is stopping: nothing reached the provider, so the same request may come again later
            return error(body, 503, "not_sent", failure.getMessage());
        }
        if (failure instanceof WorkflowRunTimeoutException) {
            // only with waitForCompletion: the run started and is still going
            return error(body, 504, "run_still_going", failure.getMessage());
        }
        if (failure instanceof WorkflowRunFailedException) {
            // only with waitForCompletion: the call went well, the run did not
            return error(body, 502, "run_failed", failure.getMessage());
        }
        return error(body, 502, "workflowrun_error", failure.getMessage());
    }

    private static int error(Map<String, Object> body, int status, String code, String message) {
        body.put("error", code);
        body.put("message", message);
        return status;
    }
}
