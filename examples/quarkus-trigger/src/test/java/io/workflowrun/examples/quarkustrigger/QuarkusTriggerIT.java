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
package io.workflowrun.examples.quarkustrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.Test;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}, Quarkus' production class loading) in a JVM of
 * its own, told to start one run as it starts: the run reaches the simulator, and the application logs the run ID the
 * answer gave it.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = SimulatorResource.class, restrictToAnnotatedClass = true,
                     initArgs = @ResourceArg(name = "workflowrun.run-at-start", value = "true"))
class QuarkusTriggerIT {

    /** Where Quarkus has the packaged application it launches for the test write its log. */
    private static final Path APPLICATION_LOG = Path.of("target", "quarkus.log");

    WorkflowRunSimulator simulator;

    @Test
    void thePackagedApplicationStartsARunAsItStarts() {
        List<SimulatedRun> runs = await().atMost(Duration.ofSeconds(30))
                .until(() -> simulator.runs(SimulatorResource.PROVIDER), started -> !started.isEmpty());

        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo(WorkflowRunSimulator.sample(SimulatorResource.PROVIDER).workflowId());
            assertThat(run.parameters()).containsEntry("source", "start-up");
        });
        String started = "Started run " + runs.get(0).runId();
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(APPLICATION_LOG).contains(started));
    }
}
