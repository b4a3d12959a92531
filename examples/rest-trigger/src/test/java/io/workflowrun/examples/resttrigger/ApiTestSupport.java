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
package io.workflowrun.examples.resttrigger;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application on a random port, its in-process simulator forgotten before each test, and a client for its API. */
abstract class ApiTestSupport {

    @LocalServerPort
    private int port;
    @Autowired
    protected WorkflowRunSimulator simulator;
    protected ApiClient api;

    @BeforeEach
    void startFromACleanSimulator() {
        simulator.reset();
        api = new ApiClient(port);
    }
}
