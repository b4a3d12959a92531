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
