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

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A Camel test with the simulator running on loopback, fresh for each test's assertions. */
public abstract class SimulatorTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final SimulatorExtension SIMULATOR = new SimulatorExtension();
    protected static WorkflowRunSimulator simulator;

    @BeforeAll
    static void shareSimulator() {
        simulator = SIMULATOR.simulator();
    }

    /** Sends a body to the endpoint and returns the exchange, failed or not. */
    protected Exchange send(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    /** Sends a body to the endpoint and returns the provider's error answer it failed with. */
    protected WorkflowRunException providerError(String uri, Object body) {
        Exchange out = send(uri, body);
        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        return (WorkflowRunException) out.getException();
    }
}
