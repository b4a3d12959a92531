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

import io.workflowrun.camel.model.WorkflowRunComponentException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says on the dead letter (the request as received) why it failed. */
final class DeadLetter {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetter.class);

    /** JMS property: the class of the exception that failed the request. */
    static final String ERROR = "WorkflowRunError";
    /** JMS property: its message (the component's messages never carry a credential). */
    static final String ERROR_MESSAGE = "WorkflowRunErrorMessage";
    /** JMS properties, for an error of the component: the provider, and the workflow and run where known. */
    static final String PROVIDER = "WorkflowRunProvider";
    static final String WORKFLOW_ID = "WorkflowRunWorkflowId";
    static final String RUN_ID = "WorkflowRunRunId";

    private DeadLetter() {
    }

    static void describe(Exchange exchange) {
        Message message = exchange.getMessage();
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (error != null) {
            message.setHeader(ERROR, error.getClass().getName());
            message.setHeader(ERROR_MESSAGE, String.valueOf(error.getMessage()));
        }
        if (error instanceof WorkflowRunComponentException workflowRun) {
            message.setHeader(PROVIDER, workflowRun.getProvider());
            message.setHeader(WORKFLOW_ID, workflowRun.getWorkflowId());
            message.setHeader(RUN_ID, workflowRun.getRunId());
        }
        Correlation.keep(message);
        LOG.warn("Message {} (correlation ID {}) goes to the dead letter queue: {}", message.getHeader("JMSMessageID"),
                message.getHeader("JMSCorrelationID"), String.valueOf(error));
    }
}
