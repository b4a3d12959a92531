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
import org.apache.camel.model.RouteDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Request queue in, workflow run out: each message's JSON body is the workflow's parameters; the run goes to the reply
 * queue (or to the message's JMSReplyTo), a failure to the dead letter queue. Scaled out (a shared database), the
 * outcome of each keyed request's run goes to the outcome queue when the run ends.
 */
@Component
public class QueueTriggerRoutes extends RouteBuilder {

    /** Optional JMS property of a request: the workflow to run instead of {@code workflowrun.workflow-id}. */
    public static final String WORKFLOW_ID_PROPERTY = "WorkflowId";
    /**
     * Optional JMS property of a request: its idempotency key (an order ID, say): the request delivered or sent again
     * gets the run its key already started instead of a second one. With the shared database (the run journal), for
     * any provider; without it, only for a provider with a key of its own.
     */
    public static final String IDEMPOTENCY_KEY_PROPERTY = "IdempotencyKey";

    private static final String TRIGGER = "workflowrun:{{workflowrun.provider}}:{{workflowrun.workflow-id}}";
    private static final String OUTCOMES = "direct:workflow-outcome";

    /** Whether the instances share a database ({@link SharedDatabaseConfiguration}), and with it the run journal. */
    private final boolean journal;

    public QueueTriggerRoutes(@Value("${workflowrun.database.url:}") String databaseUrl) {
        this.journal = !databaseUrl.isBlank();
    }

    @Override
    public void configure() {
        // The component has already resent what surely started no run (no connection, throttling). What still fails is
        // final: sent again it would fail the same way, or, after a trigger that got no answer, could start a second
        // run. So no redelivery: the request, as received, goes to the dead letter queue with the error.
        errorHandler(deadLetterChannel("jms:queue:{{workflowrun.queue.dead-letters}}")
                .useOriginalMessage()
                .maximumRedeliveries(0)
                .onPrepareFailure(DeadLetter::describe));

        // Transacted (a local JMS transaction per request): the request is taken off the queue only once its reply or
        // dead letter is sent; an instance that dies first (or cannot send either) leaves it to be delivered again, to
        // itself or another instance. Each consumer holds its request until then, so the consumers are how many
        // triggers are in flight at once.
        RouteDefinition requests = from("jms:queue:{{workflowrun.queue.requests}}?disableReplyTo=true&transacted=true"
                                        + "&lazyCreateTransactionManager=false&cacheLevelName=CACHE_CONSUMER"
                                        + "&concurrentConsumers={{workflowrun.queue.consumers}}")
                .routeId("queue-to-workflow-run")
                // a sender names at most the workflow and the request's key, never the operation or the run to act on
                .removeHeaders("CamelWorkflowRun*")
                .process(QueueTriggerRoutes::takeWorkflowId)
                .process(QueueTriggerRoutes::takeIdempotencyKey);
        if (journal) {
            // Scaled out, a request with a key is triggered once whichever instance takes it (the journal gives a
            // request that comes again its key's run), and its run is followed by whichever instance is alive when it
            // ends: the request is answered as soon as the run is recorded, the outcome goes to the outcome queue
            requests.choice()
                    .when(header(WorkflowRunConstants.IDEMPOTENCY_KEY).isNotNull())
                        .to(TRIGGER + "?waitForCompletion=true&outcomeUri=" + OUTCOMES)
                    .otherwise()
                        .to(TRIGGER)
                    .end();
        } else {
            requests.to(TRIGGER);
        }
        // a trigger's answer may report no status (most providers only start the run): say so rather than "(status )"
        requests.log("Message ${header.JMSMessageID} started run ${header.CamelWorkflowRunId} on {{workflowrun.provider}}"
                     + " (status ${iif(${header.CamelWorkflowRunStatus} != null,${header.CamelWorkflowRunStatus},unknown)})")
                .process(RunReply::prepare)
                .to("jms:queue:{{workflowrun.queue.replies}}");

        if (journal) {
            // no dead letter channel here: an outcome that cannot be sent fails its delivery, which the component tries
            // again (it stays in the journal until delivered)
            from(OUTCOMES)
                    .routeId("workflow-outcome")
                    .errorHandler(noErrorHandler())
                    .process(RunOutcome::prepare)
                    .log("Run ${header.WorkflowRunId} of key ${header.IdempotencyKey} ended ${header.WorkflowRunStatus}"
                         + " (delivery ${header.WorkflowRunDeliveryAttempt})")
                    .to("jms:queue:{{workflowrun.queue.outcomes}}");
        }
    }

    private static void takeIdempotencyKey(Exchange exchange) {
        Message message = exchange.getMessage();
        String key = message.getHeader(IDEMPOTENCY_KEY_PROPERTY, String.class);
        if (key != null && !key.isBlank()) {
            message.setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key.trim());
        }
    }

    private static void takeWorkflowId(Exchange exchange) {
        Message message = exchange.getMessage();
        String workflowId = message.getHeader(WORKFLOW_ID_PROPERTY, String.class);
        if (workflowId != null && !workflowId.isBlank()) {
            message.setHeader(WorkflowRunConstants.WORKFLOW_ID, workflowId.trim());
        }
    }
}
