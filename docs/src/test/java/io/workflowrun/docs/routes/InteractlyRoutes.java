package io.workflowrun.docs.routes;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the Interactly page; DocsRoutesTest runs it against the simulator. */
public class InteractlyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:interactly")
            .to("workflowrun:interactly:{{interactly.workflowId}}"
                + "?baseUrl={{interactly.baseUrl}}&teamId={{interactly.teamId}}&apiKey=RAW({{interactly.apiKey}})")
            .log("Interactly run ${header.CamelWorkflowRunId} is ${header.CamelWorkflowRunStatus}");
        // end::route[]
    }
}
