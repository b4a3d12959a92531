package io.workflowrun.examples.queuetrigger;

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

    private DeadLetter() {
    }

    static void describe(Exchange exchange) {
        Message message = exchange.getMessage();
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (error != null) {
            message.setHeader(ERROR, error.getClass().getName());
            message.setHeader(ERROR_MESSAGE, String.valueOf(error.getMessage()));
        }
        Correlation.keep(message);
        LOG.warn("Message {} (correlation ID {}) goes to the dead letter queue: {}", message.getHeader("JMSMessageID"),
                message.getHeader("JMSCorrelationID"), String.valueOf(error));
    }
}
