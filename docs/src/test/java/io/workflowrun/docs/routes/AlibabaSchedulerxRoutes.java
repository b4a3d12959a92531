package io.workflowrun.docs.routes;

import org.apache.camel.builder.RouteBuilder;

/** The Java DSL route of the Alibaba SchedulerX page; DocsRoutesTest runs it against the simulator. */
public class AlibabaSchedulerxRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // tag::route[]
        from("direct:alibaba-schedulerx")
            .to("workflowrun:alibaba-schedulerx:{{schedulerx.workflowId}}"
                + "?region={{schedulerx.region}}&namespace={{schedulerx.namespace}}&groupId={{schedulerx.groupId}}"
                + "&accessKey=RAW({{schedulerx.accessKeyId}})&secretKey=RAW({{schedulerx.accessKeySecret}})")
            .log("SchedulerX workflow instance ${header.CamelWorkflowRunId} started");
        // end::route[]
    }
}
