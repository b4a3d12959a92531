package io.workflowrun.docs.routes;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the Huawei FunctionGraph page; DocsRoutesTest runs it against the simulator. */
public class HuaweiFunctionGraphRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:huawei-functiongraph")
            .to("workflowrun:huawei-functiongraph:{{functiongraph.workflowId}}"
                + "?region={{functiongraph.region}}&projectId={{functiongraph.projectId}}"
                + "&accessKey=RAW({{functiongraph.ak}})&secretKey=RAW({{functiongraph.sk}})")
            .log("FunctionGraph execution ${header.CamelWorkflowRunId} started (request ${header.CamelWorkflowRunRequestId})");
        // end::route[]
    }
}
