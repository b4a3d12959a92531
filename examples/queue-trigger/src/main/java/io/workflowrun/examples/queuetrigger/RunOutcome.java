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
package io.workflowrun.examples.queuetrigger;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRun;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Turns a run's outcome, as the component delivers it (by whichever instance followed the run to its end), into a
 * message of the outcome queue: the run as JSON, and JMS properties that say which request's run it is.
 */
final class RunOutcome {

    /** JMS properties of an outcome (the JMSCorrelationID is the request's key too). */
    static final String RUN_ID = RunReply.RUN_ID;
    static final String STATUS = RunReply.STATUS;
    static final String PROVIDER = RunReply.PROVIDER;
    static final String IDEMPOTENCY_KEY = QueueTriggerRoutes.IDEMPOTENCY_KEY_PROPERTY;
    /** 1 for the first delivery; more when an instance died while delivering it (a receiver may drop a key it has seen). */
    static final String DELIVERY_ATTEMPT = "WorkflowRunDeliveryAttempt";
    /** Why the run could not be followed to its end (a wait that timed out), when it could not. */
    static final String ERROR = "WorkflowRunOutcomeError";

    private RunOutcome() {
    }

    static void prepare(Exchange exchange) {
        Message message = exchange.getMessage();
        WorkflowRun run = message.getBody(WorkflowRun.class);
        String key = message.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, String.class);
        message.setHeader(IDEMPOTENCY_KEY, key);
        message.setHeader("JMSCorrelationID", key);
        message.setHeader(RUN_ID, message.getHeader(WorkflowRunConstants.RUN_ID, String.class));
        message.setHeader(STATUS, message.getHeader(WorkflowRunConstants.STATUS, String.class));
        message.setHeader(PROVIDER, run == null ? null : run.provider());
        message.setHeader(DELIVERY_ATTEMPT, message.getHeader(WorkflowRunConstants.DELIVERY_ATTEMPT, Integer.class));
        message.setHeader(ERROR, message.getHeader(WorkflowRunConstants.OUTCOME_ERROR, String.class));
        message.setBody(run == null ? null : message.getBody(String.class));
    }
}
