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

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
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
