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
// tag::route[]
package io.workflowrun.docs.testing;

import org.apache.camel.builder.RouteBuilder;

/** The application route that "Testing your routes with the simulator" tests: it would live in src/main. */
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
