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
package io.workflowrun.docs.routes;

import java.util.Map;

/** The Java DSL route of the AWS Step Functions page; DocsRoutesTest runs it against the simulator. */
public class AwsStepFunctionsRoutes extends ProviderPageRoutes {

    public AwsStepFunctionsRoutes() {
        super("aws-stepfunctions", Map.of(
                "sfn.stateMachineArn", "workflowId",
                "sfn.region", "region",
                "sfn.accessKeyId", "accessKey",
                "sfn.secretAccessKey", "secretKey"));
    }

    @Override
    public void configure() {
        // tag::route[]
        from("direct:aws-stepfunctions")
            // the execution's name: a redelivered message gets the execution its first delivery started
            .setHeader("CamelWorkflowRunIdempotencyKey", simple("report-${body[date]}"))
            .to("workflowrun:aws-stepfunctions:{{sfn.stateMachineArn}}?region={{sfn.region}}"
                + "&accessKey=RAW({{sfn.accessKeyId}})&secretKey=RAW({{sfn.secretAccessKey}})")
            .log("Step Functions execution ${header.CamelWorkflowRunId} started");
        // end::route[]
    }
}
