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
package io.workflowrun.camel.springboot;

import java.util.Map;

import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The {@link TestApplication} configured by the properties of the test class ({@code @TestPropertySource}), which also
 * points {@code base-url} at the simulator ({@code @DynamicPropertySource}); the simulator runs for the class and
 * forgets its runs and requests before each test.
 */
@SpringBootTest(classes = TestApplication.class)
abstract class FromPropertiesTestSupport {

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension(2);

    @Autowired
    private ProducerTemplate template;

    /** Sends this body to the route; the exchange as it came back. */
    Exchange send(Map<String, Object> body) {
        return template.request("direct:start", e -> e.getMessage().setBody(body));
    }
}
