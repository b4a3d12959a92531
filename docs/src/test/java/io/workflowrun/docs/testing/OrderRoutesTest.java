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
// tag::whole[]
package io.workflowrun.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example of "Testing your routes with the simulator", included into that page region by region. */
// tag::class[]
class OrderRoutesTest extends CamelTestSupport {

    private static final String WORKFLOW = "WF-orders";
    // started once for the class, reset before each test
    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension();

    private final WorkflowRunSimulator simulator = SIMULATOR.get();
    // end::class[]

    // tag::context[]
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("wedata.workflowId", WORKFLOW);
        properties.setProperty("wedata.projectId", "1460947878944567296");
        properties.setProperty("wedata.secretId", WorkflowRunSimulator.ACCESS_KEY);
        properties.setProperty("wedata.secretKey", WorkflowRunSimulator.SECRET_KEY);
        properties.setProperty("wedata.pollInterval", "20");
        properties.setProperty("orders.done", "mock:done");
        properties.setProperty("orders.failed", "mock:failed");
        camel.getPropertiesComponent().setInitialProperties(properties);

        WorkflowRunComponent workflowrun = new WorkflowRunComponent();
        workflowrun.getConfiguration().setBaseUrl(simulator.baseUrl("tencent-wedata"));
        camel.addComponent("workflowrun", workflowrun);
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new OrderRoutes();
    }
    // end::context[]

    // tag::trigger[]
    @Test
    void anOrderStartsOneRunWithItsFields() throws Exception {
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        Exchange out = template.request("direct:orders", e -> e.getMessage().setBody(Map.of("orderId", "A-1")));

        assertThat(out.getException()).isNull();
        done.assertIsSatisfied();
        SimulatedRun run = simulator.runs("tencent-wedata").get(0);
        assertThat(run.workflowId()).isEqualTo(WORKFLOW);
        assertThat(run.parameters()).containsEntry("orderId", "A-1");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        // the trigger as the service received it, then the status polls of waitForCompletion
        SimulatorRequest trigger = simulator.requests("tencent-wedata").get(0).request();
        assertThat(trigger.header("X-TC-Action")).isEqualTo("CreateTriggerWorkflowRun");
        assertThat(trigger.header("Authorization")).startsWith("TC3-HMAC-SHA256 ");
    }
    // end::trigger[]

    // tag::outcome[]
    @Test
    void aRunThatFailsGoesToTheFailedEndpoint() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(100));
        simulator.setOutcome(WORKFLOW, RunState.FAILED);
        MockEndpoint failed = getMockEndpoint("mock:failed");
        failed.expectedHeaderReceived(WorkflowRunConstants.PROVIDER_STATUS, "FAILED");

        template.sendBody("direct:orders", Map.of("orderId", "A-2"));

        failed.assertIsSatisfied();
    }
    // end::outcome[]

    // tag::faults[]
    @Test
    void aThrottledTriggerIsSentAgainAndStartsOneRun() {
        simulator.injectNext("tencent-wedata", Fault.providerThrottling());

        Exchange out = template.request("direct:orders", e -> e.getMessage().setBody(Map.of("orderId", "A-3")));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs("tencent-wedata")).hasSize(1);
        WorkflowRunSimulator.Recorded first = simulator.requests("tencent-wedata").get(0);
        assertThat(first.fault()).isEqualTo(Fault.providerThrottling());
    }

    @Test
    void aTriggerWhoseAnswerIsLostIsNeverSentTwice() {
        simulator.injectNext("tencent-wedata", Fault.dropAfterRun());

        Exchange out = template.request("direct:orders", e -> e.getMessage().setBody(Map.of("orderId", "A-4")));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(simulator.runs("tencent-wedata")).hasSize(1);
        assertThat(simulator.requests("tencent-wedata")).hasSize(1);
    }
    // end::faults[]
}
// end::whole[]
