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
package io.workflowrun.examples.quarkustrigger;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.CamelEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code workflowrun.run-at-start=true}, starts one run once Camel has started, so that the packaged application
 * can be tried without a caller. Camel Quarkus hands Camel's events to CDI observers.
 */
@ApplicationScoped
public class RunAtStart {

    @Inject
    ProducerTemplate template;

    @ConfigProperty(name = "workflowrun.run-at-start", defaultValue = "false")
    boolean runAtStart;

    void onCamelStarted(@Observes CamelEvent.CamelContextStartedEvent started) {
        if (runAtStart) {
            // not waited for: the start-up goes on while the run is started
            template.asyncRequestBody("direct:trigger", Map.of("source", "start-up"));
        }
    }
}
