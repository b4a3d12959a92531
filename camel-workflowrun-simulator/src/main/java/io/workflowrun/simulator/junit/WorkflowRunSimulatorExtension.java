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
package io.workflowrun.simulator.junit;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link WorkflowRunSimulator} for a JUnit 5 test class, so a route test needs no start/stop code of its own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
 * ...
 * simulator.baseUrl("dify");  simulator.get().runs("dify");
 * }</pre>
 *
 * In a static field the simulator starts once for the class (its ports stay the same, so they can go into the
 * routes); in an instance field, once per test. Either way each test starts from a clean slate: the recorded
 * requests and runs, outcomes, timeline, injected faults and clock of the test before are forgotten.
 */
public final class WorkflowRunSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final int threads;
    private WorkflowRunSimulator simulator;
    private boolean perClass;

    /** A simulator with the default number of request threads. */
    public WorkflowRunSimulatorExtension() {
        this(0);
    }

    /** A simulator with this many server threads (more for load tests; 0: the default). */
    public WorkflowRunSimulatorExtension(int threads) {
        this.threads = threads;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        simulator = start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (simulator == null) {
            simulator = start();
        } else {
            simulator.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** The running simulator: its requests, runs, faults and timeline. */
    public WorkflowRunSimulator get() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator runs only while a test of the class that registers it runs");
        }
        return simulator;
    }

    /** The base URL to give a provider's endpoint ({@code baseUrl} option). */
    public String baseUrl(String provider) {
        return get().baseUrl(provider);
    }

    private WorkflowRunSimulator start() {
        return threads > 0 ? WorkflowRunSimulator.start(threads) : WorkflowRunSimulator.start();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
