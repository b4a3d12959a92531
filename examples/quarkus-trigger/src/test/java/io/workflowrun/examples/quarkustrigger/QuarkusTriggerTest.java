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

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The component in a Camel Quarkus application in JVM mode, on the Camel that Camel Quarkus' BOM brings: the
 * application's route, and an endpoint of every provider, each start a run at the simulator and put its ID on the
 * message.
 */
@QuarkusTest
@QuarkusTestResource(value = SimulatorResource.class, restrictToAnnotatedClass = true)
class QuarkusTriggerTest {

    @Inject
    ProducerTemplate template;

    @Inject
    CamelContext context;

    WorkflowRunSimulator simulator;

    @Test
    void theRouteStartsARunAndPutsItsIdOnTheMessage() {
        Exchange exchange = template.request("direct:trigger", e -> e.getMessage().setBody(Map.of("order", "1001")));

        assertThat(exchange.getException()).isNull();
        String runId = exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        SimulatedRun run = simulator.run(SimulatorResource.PROVIDER, runId);
        assertThat(run).as("the run %s at the simulator", runId).isNotNull();
        assertThat(run.workflowId()).isEqualTo(WorkflowRunSimulator.sample(SimulatorResource.PROVIDER).workflowId());
        assertThat(run.parameters()).containsEntry("order", "1001");
        // the body is the run, which the component's type converters turn into a Map
        assertThat(exchange.getMessage().getBody(Map.class)).containsEntry("runId", runId);
    }

    @Test
    void theApplicationRunsOnTheCamelOfCamelQuarkus() {
        // Camel Quarkus 3.33 is built on Camel 4.18: the component jar runs on that Camel, whatever the build's own
        assertThat(context.getVersion()).startsWith("4.18.");
        assertThat(context.getRoute("trigger")).isNotNull();
    }

    static List<String> providers() {
        return WorkflowRunSimulator.providerIds();
    }

    /** Every provider the jar registers through ServiceLoader is found, configured and signs under Quarkus. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void everyProviderStartsARun(String provider) {
        ProviderSample sample = WorkflowRunSimulator.sample(provider);

        Exchange exchange = template.request(sample.uri(simulator.baseUrl(provider)),
                e -> e.getMessage().setBody(Map.of("order", "1002")));

        assertThat(exchange.getException()).isNull();
        String runId = exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        assertThat(simulator.run(provider, runId)).as("the %s run %s at the simulator", provider, runId).isNotNull();
    }
}
