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

import io.workflowrun.camel.WorkflowRunConstants;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;

/**
 * Each message sent to {@code direct:trigger} starts a run of the configured workflow and comes back with the run ID
 * in the {@value WorkflowRunConstants#RUN_ID} header. Camel Quarkus finds this route builder as a CDI bean; the
 * provider, workflow and credentials come from {@code application.properties}.
 */
@ApplicationScoped
public class TriggerRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:trigger").routeId("trigger")
                .to("workflowrun:{{workflowrun.provider}}:{{workflowrun.workflow-id}}")
                .log("Started run ${header." + WorkflowRunConstants.RUN_ID + "} of {{workflowrun.workflow-id}}");
    }
}
