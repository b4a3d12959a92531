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

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.provider.dify.DifyConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

/**
 * The HTTP API, served by Camel platform-http inside Spring MVC. Each call maps to one operation of the
 * {@code workflowrun} component for the provider in {@code workflowrun.provider}; the component's options come from
 * the {@code camel.component.workflowrun.*} properties.
 */
@Component
public class WorkflowRunApi extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off);

        onException(Exception.class)
                .handled(true)
                .process(ErrorAnswers::answer)
                .marshal().json();

        rest("/workflows/{workflowId}/runs")
                .post().consumes("application/json").produces("application/json").to("direct:trigger")
                .get("/{runId}").produces("application/json").to("direct:status")
                .delete("/{runId}").produces("application/json").to("direct:cancel");

        // The caller's HTTP headers and query parameters are dropped first: message headers are options of the
        // component (CamelWorkflowRun*), and only the path may name the workflow and the run.
        from("direct:trigger").routeId("trigger-run")
                .removeHeaders("*", "workflowId")
                .setHeader(WorkflowRunConstants.WORKFLOW_ID, header("workflowId"))
                .to(workflowRun("trigger"))
                .process(RunAnswers::started)
                .marshal().json();

        from("direct:status").routeId("run-status")
                .removeHeaders("*", "workflowId", "runId")
                .setHeader(WorkflowRunConstants.WORKFLOW_ID, header("workflowId"))
                .setHeader(WorkflowRunConstants.RUN_ID, header("runId"))
                .to(workflowRun("status"))
                .process(RunAnswers::current)
                .marshal().json();

        from("direct:cancel").routeId("cancel-run")
                .removeHeaders("*", "workflowId", "runId", "taskId")
                .setHeader(WorkflowRunConstants.WORKFLOW_ID, header("workflowId"))
                .setHeader(WorkflowRunConstants.RUN_ID, header("runId"))
                .setHeader(DifyConstants.TASK_ID, header("taskId"))
                .choice()
                    // Dify stops a run by its task ID, which only the trigger's answer gives (and its Location carries)
                    .when(simple("'{{workflowrun.provider}}' == 'dify' && ${header.taskId} == null"))
                        .throwException(IllegalArgumentException.class,
                                "Dify stops a run by its task ID: add the query parameter taskId (the trigger's answer has it)")
                    // SchedulerX stops a run by stopping its running job instance, which status finds
                    .when(simple("'{{workflowrun.provider}}' == 'alibaba-schedulerx'"))
                        .to(workflowRun("status"))
                .end()
                .to(workflowRun("cancel"))
                .process(RunAnswers::current)
                .marshal().json();
    }

    private static String workflowRun(String operation) {
        return "workflowrun:{{workflowrun.provider}}?operation=" + operation;
    }
}
