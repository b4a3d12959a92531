package io.workflowrun.docs.testing;

import org.apache.camel.builder.RouteBuilder;

/** The application route that "Testing your routes with the simulator" tests: it would live in src/main. */
// tag::route[]
public class OrderRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:orders")
            .to("workflowrun:tencent-wedata:{{wedata.workflowId}}"
                + "?region=ap-guangzhou&projectId={{wedata.projectId}}"
                + "&accessKey=RAW({{wedata.secretId}})&secretKey=RAW({{wedata.secretKey}})"
                + "&waitForCompletion=true&pollInterval={{wedata.pollInterval:2000}}&failOnRunFailure=false")
            .choice()
                .when(header("CamelWorkflowRunStatus").isEqualTo("SUCCEEDED"))
                    .to("{{orders.done:log:done}}")
                .otherwise()
                    .to("{{orders.failed:log:failed}}");
    }
}
// end::route[]
