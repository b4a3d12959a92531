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
package io.workflowrun.examples.queuetrigger;

import java.nio.file.Path;

import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each message on the request queue starts a workflow run (see {@link QueueTriggerRoutes}); the broker is embedded.
 * <p>
 * With {@code --workflowrun.example.samples=<folder>} (the run-example profile) it sends every file of that folder to
 * the request queue, logs the answer each one gets, and exits; without, it serves the queue until stopped.
 */
@SpringBootApplication
public class QueueTriggerApplication {

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(QueueTriggerApplication.class, args);
        String samples = context.getEnvironment().getProperty("workflowrun.example.samples", "");
        if (!samples.isBlank()) {
            try (context) {
                context.getBean(SampleClient.class).sendAndAwaitAnswers(Path.of(samples));
            }
            // the in-VM connector's shared threads would otherwise outlive the broker by a minute, and the JVM with them
            InVMConnector.resetThreadPool();
        }
    }
}
