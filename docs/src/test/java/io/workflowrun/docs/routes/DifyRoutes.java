package io.workflowrun.docs.routes;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the Dify page; DocsRoutesTest runs it against the simulator. */
public class DifyRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:dify")
            .to("workflowrun:dify?apiKey=RAW({{dify.apiKey}})&user={{dify.user}}")
            .log("Dify run ${header.CamelWorkflowRunId} ended ${header.CamelWorkflowRunStatus}: ${body.outputs}");
        // end::route[]
    }
}
