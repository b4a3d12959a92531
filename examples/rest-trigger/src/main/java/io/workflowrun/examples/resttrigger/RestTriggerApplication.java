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
