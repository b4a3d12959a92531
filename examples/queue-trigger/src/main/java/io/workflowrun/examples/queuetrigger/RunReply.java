package io.workflowrun.examples.queuetrigger;

import io.workflowrun.camel.WorkflowRun;
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

    private RunReply() {
    }

    static void prepare(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRun run = message.getMandatoryBody(WorkflowRun.class);
        message.setBody(message.getMandatoryBody(String.class));
        message.setHeader(RUN_ID, run.runId());
        message.setHeader(STATUS, run.status() == null ? null : run.status().name());
        message.setHeader(PROVIDER, run.provider());
        Correlation.keep(message);
        // the requester's own destination, if it named one, instead of the reply queue
        Object replyTo = message.removeHeader("JMSReplyTo");
        if (replyTo != null) {
            message.setHeader(JmsConstants.JMS_DESTINATION, replyTo);
        }
    }
}
