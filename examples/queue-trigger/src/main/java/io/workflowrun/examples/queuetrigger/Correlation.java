package io.workflowrun.examples.queuetrigger;

import org.apache.camel.Message;

/** The reply and the dead letter of a request carry its JMSCorrelationID, or its JMSMessageID when it had none. */
final class Correlation {

    private Correlation() {
    }

    static void keep(Message message) {
        String correlationId = message.getHeader("JMSCorrelationID", String.class);
        if (correlationId == null || correlationId.isBlank()) {
            message.setHeader("JMSCorrelationID", message.getHeader("JMSMessageID", String.class));
        }
    }
}
