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
package io.workflowrun.camel;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone simulator prints, per provider, an endpoint URI that a route can use as it is: pasted into
 * {@code to(...)}, it starts a run at that simulator, with every setting the provider needs (region, project,
 * namespace, group, team, ...) taken from the provider handler's sample.
 */
class SimulatorPrintedUriTest {

    private static WorkflowRunSimulator simulator;
    private static List<String> printed;

    @BeforeAll
    static void startAndPrint() {
        simulator = WorkflowRunSimulator.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        simulator.printEndpoints(new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    static List<String> providers() {
        return WorkflowRunSimulator.providerIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void thePrintedUriStartsARunAtThatSimulator(String provider) throws Exception {
        String uri = printedUriOf(provider);
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to(uri);
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();

            Exchange out = template.request("direct:start", e -> e.getMessage().setBody(Map.of("orderId", "A-1")));

            assertThat(out.getException()).isNull();
            assertThat(simulator.runs(provider)).singleElement().satisfies(run -> {
                assertThat(run.runId()).isEqualTo(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
                assertThat(run.workflowId()).isEqualTo(WorkflowRunSimulator.sample(provider).workflowId());
            });
        }
    }

    /** The line after the provider's own "id baseUrl" line. */
    private static String printedUriOf(String provider) {
        int heading = printed.indexOf(provider + " " + simulator.baseUrl(provider));
        assertThat(heading).as("a line naming " + provider + " and its base URL in:%n%s", String.join("\n", printed)).isNotNegative();
        String uri = printed.get(heading + 1);
        assertThat(uri).startsWith("workflowrun:" + provider).contains("baseUrl=" + simulator.baseUrl(provider));
        return uri;
    }
}
