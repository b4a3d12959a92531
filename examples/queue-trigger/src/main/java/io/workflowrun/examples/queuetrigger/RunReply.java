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

import io.workflowrun.camel.model.WorkflowRun;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsConstants;

/** Turns the started run into the reply: the run as JSON, the request's correlation ID, and where it goes. */
final class RunReply {

    /** JMS properties of the reply, for selectors and for readers that do not parse the body. */
    static final String RUN_ID = "WorkflowRunId";
    static final String STATUS = "WorkflowRunStatus";
    static final String PROVIDER = "WorkflowRunProvider";
    /** JMS property, true when the request's key had already started this run (the request came again). */
    static final String ALREADY_STARTED = "WorkflowRunAlreadyStarted";

    private RunReply() {
    }

    static void prepare(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRun run = message.getMandatoryBody(WorkflowRun.class);
        message.setBody(message.getMandatoryBody(String.class));
        message.setHeader(RUN_ID, run.runId());
        message.setHeader(STATUS, run.status() == null ? null : run.status().name());
        message.setHeader(PROVIDER, run.provider());
        if (run.alreadyStarted()) {
            message.setHeader(ALREADY_STARTED, true);
        }
        Correlation.keep(message);
        // the requester's own destination, if it named one, instead of the reply queue
        Object replyTo = message.removeHeader("JMSReplyTo");
        if (replyTo != null) {
            message.setHeader(JmsConstants.JMS_DESTINATION, replyTo);
        }
    }
}
