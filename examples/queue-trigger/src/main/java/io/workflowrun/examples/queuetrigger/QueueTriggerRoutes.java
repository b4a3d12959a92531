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
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Request queue in, workflow run out: each message's JSON body is the workflow's parameters; the run goes to the reply
 * queue (or to the message's JMSReplyTo), a failure to the dead letter queue.
 */
@Component
public class QueueTriggerRoutes extends RouteBuilder {

    /** Optional JMS property of a request: the workflow to run instead of {@code workflowrun.workflow-id}. */
    public static final String WORKFLOW_ID_PROPERTY = "WorkflowId";

    @Override
    public void configure() {
        // The component has already resent what surely started no run (no connection, throttling). What still fails is
        // final: sent again it would fail the same way, or, after a trigger that got no answer, could start a second
        // run. So no redelivery: the request, as received, goes to the dead letter queue with the error.
        errorHandler(deadLetterChannel("jms:queue:{{workflowrun.queue.dead-letters}}")
                .useOriginalMessage()
                .maximumRedeliveries(0)
                .onPrepareFailure(DeadLetter::describe));

        // CLIENT_ACKNOWLEDGE: the request is acknowledged only once its reply or dead letter is sent. Each consumer
        // holds its message until then, so the consumers are how many triggers are in flight at once.
        from("jms:queue:{{workflowrun.queue.requests}}?disableReplyTo=true&acknowledgementModeName=CLIENT_ACKNOWLEDGE"
             + "&concurrentConsumers={{workflowrun.queue.consumers}}")
                .routeId("queue-to-workflow-run")
                // a sender names at most the workflow, never the operation or the run to act on
                .removeHeaders("CamelWorkflowRun*")
                .process(QueueTriggerRoutes::takeWorkflowId)
                .to("workflowrun:{{workflowrun.provider}}:{{workflowrun.workflow-id}}")
                // a trigger's answer may report no status (most providers only start the run): say so rather than "(status )"
                .log("Message ${header.JMSMessageID} started run ${header.CamelWorkflowRunId} on {{workflowrun.provider}}"
                     + " (status ${iif(${header.CamelWorkflowRunStatus} != null,${header.CamelWorkflowRunStatus},unknown)})")
                .process(RunReply::prepare)
                .to("jms:queue:{{workflowrun.queue.replies}}");
    }

    private static void takeWorkflowId(Exchange exchange) {
        Message message = exchange.getMessage();
        String workflowId = message.getHeader(WORKFLOW_ID_PROPERTY, String.class);
        if (workflowId != null && !workflowId.isBlank()) {
            message.setHeader(WorkflowRunConstants.WORKFLOW_ID, workflowId.trim());
        }
    }
}
