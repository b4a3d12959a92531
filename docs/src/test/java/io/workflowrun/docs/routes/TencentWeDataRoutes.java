package io.workflowrun.docs.routes;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the Tencent WeData page; DocsRoutesTest runs it against the simulator. */
public class TencentWeDataRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:tencent-wedata")
            .to("workflowrun:tencent-wedata:{{wedata.workflowId}}"
                + "?region={{wedata.region}}&projectId={{wedata.projectId}}"
                + "&accessKey=RAW({{wedata.secretId}})&secretKey=RAW({{wedata.secretKey}})")
            .log("WeData run ${header.CamelWorkflowRunId} started (request ${header.CamelWorkflowRunRequestId})");
        // end::route[]
    }
}
