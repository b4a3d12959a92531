package io.workflowrun.examples.resttrigger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An HTTP API that starts workflow runs and follows or cancels them: {@code POST /workflows/{workflowId}/runs} and
 * {@code GET|DELETE /workflows/{workflowId}/runs/{runId}} (see {@link WorkflowRunApi}).
 * <p>
 * It targets the simulator, started in-process, unless {@code WORKFLOWRUN_TARGET=real} (see {@link SimulatorTarget}
 * and {@code application.properties}).
 */
@SpringBootApplication
public class RestTriggerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RestTriggerApplication.class, args);
    }
}
