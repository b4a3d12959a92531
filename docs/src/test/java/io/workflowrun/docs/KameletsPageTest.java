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
package io.workflowrun.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kamelets page's YAML routes, with the Kamelets of the component's jar (from {@code classpath:kamelets}, where
 * Camel looks by default) and the configuration the page's placeholders name, against the simulator.
 */
class KameletsPageTest {

    // credentials with characters a URI would mangle, so that the page's RAW(...) is proven needed and sufficient
    private static final String SECRET_KEY = "s3cr+t/key&x=1%";
    private static final String API_KEY = "app-docs+key&x=1";

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension();

    @Test
    void theSinkStartsARunAndLeavesItsId() throws Exception {
        try (CamelContext camel = context("dify")) {
            Exchange out = camel.createProducerTemplate().request("direct:signups",
                    e -> e.getMessage().setBody(Map.of("email", "ada@example.com")));

            assertThat(out.getException()).isNull();
            SimulatedRun run = SIMULATOR.get().runs("dify").get(0);
            assertThat(run.parameters()).containsEntry("email", "ada@example.com");
            assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        }
    }

    @Test
    void theActionWaitsForTheRunAndPassesItsOutcomeOn() throws Exception {
        SIMULATOR.get().setTimeline(Duration.ZERO, Duration.ofMillis(50));
        try (CamelContext camel = context("tencent-wedata")) {
            MockEndpoint done = camel.getEndpoint("mock:done", MockEndpoint.class);
            done.expectedMessageCount(1);

            camel.createProducerTemplate().sendBody("direct:orders", Map.of("orderId", "A-1"));

            done.assertIsSatisfied();
            SimulatedRun run = SIMULATOR.get().runs("tencent-wedata").get(0);
            assertThat(run.parameters()).containsEntry("orderId", "A-1");
            Exchange after = done.getReceivedExchanges().get(0);
            assertThat(after.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
            assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        }
    }

    /** The page's placeholders as an application's properties, and the component pointed at the simulator. */
    private static CamelContext context(String provider) throws Exception {
        WorkflowRunSimulator simulator = SIMULATOR.get();
        simulator.addKey("dify", API_KEY, API_KEY);
        simulator.addKey("tencent-wedata", WorkflowRunSimulator.ACCESS_KEY, SECRET_KEY);
        Properties p = new Properties();
        p.setProperty("dify.apiKey", API_KEY);
        p.setProperty("dify.user", "camel");
        p.setProperty("wedata.workflowId", WorkflowRunSimulator.sample("tencent-wedata").workflowId());
        p.setProperty("wedata.projectId", WorkflowRunSimulator.sample("tencent-wedata").settings().get("projectId"));
        p.setProperty("wedata.secretId", WorkflowRunSimulator.ACCESS_KEY);
        p.setProperty("wedata.secretKey", SECRET_KEY);
        p.setProperty("orders.done", "mock:done");
        CamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(p);
        // what the Kamelet leaves out keeps the component's configuration: here the simulator as the base URL, and a
        // quick poll
        WorkflowRunComponent component = new WorkflowRunComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl(provider));
        component.getConfiguration().setPollInterval(20);
        camel.addComponent("workflowrun", component);
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/kamelets.camel.yaml"));
        camel.start();
        return camel;
    }
}
