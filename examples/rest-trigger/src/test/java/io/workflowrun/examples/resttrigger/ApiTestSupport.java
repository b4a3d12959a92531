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
