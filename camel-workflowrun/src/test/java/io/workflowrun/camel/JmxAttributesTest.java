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

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With Camel's JMX on (camel-management), each endpoint's MBean shows its provider's numbers. */
class JmxAttributesTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-wrongwrongwrongwrong";

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // endpoints made as the routes start are registered as MBeans
                from("direct:good").to("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY
                                       + "&user=u&retryDelay=10&maxRetryDelay=20&baseUrl=" + simulator.baseUrl("dify"));
                from("direct:wrong").to("workflowrun:dify?apiKey=" + WRONG_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"));
            }
        };
    }

    @Test
    void theEndpointMBeansShowTheProvidersNumbersAndNoSecret() throws Exception {
        simulator.injectNext("dify", SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "slow down",
                "status", 429)));
        assertThat(template.request("direct:good", e -> e.getMessage().setBody(Map.of("k", "v"))).getException()).isNull();
        assertThat(template.request("direct:wrong", e -> e.getMessage().setBody(null)).getException()).isNotNull();

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> endpoints = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                     + ",type=endpoints,*"), null);
        Set<ObjectName> ours = endpoints.stream().filter(name -> name.getKeyProperty("name").contains("workflowrun")).collect(
                java.util.stream.Collectors.toSet());
        assertThat(ours).hasSize(2);
        for (ObjectName name : ours) {
            assertThat(server.getAttribute(name, "Provider")).isEqualTo("dify");
            assertThat(server.getAttribute(name, "TriggersStarted")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "CallsThrottled")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "CallsRetried")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "Failures")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "FailuresByKind")).isEqualTo("authentication=1");
            assertThat(server.getAttribute(name, "AuthenticationFailuresInARow")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "WaitsPending")).isEqualTo(0L);
            assertThat(name.toString()).doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WRONG_KEY);
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                Object value = server.getAttribute(name, attribute.getName());
                assertThat(String.valueOf(value)).as(attribute.getName())
                        .doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WRONG_KEY);
            }
        }
    }
}
