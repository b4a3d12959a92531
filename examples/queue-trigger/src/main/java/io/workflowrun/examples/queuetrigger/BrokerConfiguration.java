package io.workflowrun.examples.queuetrigger;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded broker's settings beyond what spring.artemis.embedded.* offers. */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    /**
     * The broker's own last resort, behind the route's: a request whose dead letter could not be sent either is
     * delivered again, and after a few attempts moved to the dead letter queue, where Artemis would otherwise drop it.
     */
    @Bean
    ArtemisConfigurationCustomizer requestsDeadLetterAddress(@Value("${workflowrun.queue.requests}") String requests,
                                                             @Value("${workflowrun.queue.dead-letters}") String deadLetters) {
        return configuration -> configuration.addAddressSetting(requests, new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(deadLetters))
                .setMaxDeliveryAttempts(5));
    }
}
