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
package io.workflowrun.camel.provider.aws;

import java.util.Map;
import java.util.regex.Pattern;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * AWS Step Functions (API version 2016-11-23): {@code StartExecution}, {@code DescribeExecution} and
 * {@code StopExecution} over the AWS JSON 1.0 protocol, signed with Signature Version 4, at the region's endpoint.
 */
@ProviderDeclaration(id = StepFunctionsProvider.ID, options = StepFunctionsOptions.class, headers = StepFunctionsConstants.class)
public final class StepFunctionsProvider implements WorkflowRunProvider {

    public static final String ID = "aws-stepfunctions";

    private static final Pattern REGION = Pattern.compile("[a-z]{2,}(-[a-z]+)+-\\d+");
    /**
     * The DNS suffix of each AWS partition, by the region names it holds (the SDKs' partition table), for the
     * service's endpoint rule {@code https://states.<region>.<suffix>}; any other region is in the {@code aws} partition.
     */
    private static final Map<Pattern, String> PARTITION_SUFFIXES = Map.of(
            Pattern.compile("cn-\\w+-\\d+"), "amazonaws.com.cn",
            Pattern.compile("eusc-de-\\w+-\\d+"), "amazonaws.eu",
            Pattern.compile("us-iso-\\w+-\\d+"), "c2s.ic.gov",
            Pattern.compile("us-isob-\\w+-\\d+"), "sc2s.sgov.gov",
            Pattern.compile("eu-isoe-\\w+-\\d+"), "cloud.adc-e.uk",
            Pattern.compile("us-isof-\\w+-\\d+"), "csp.hci.ic.gov");

    /**
     * StartExecution's documented refill rate for STANDARD workflows outside US East (N. Virginia), US West (Oregon)
     * and Europe (Ireland), where it is 300: 150 per second per account and region (Step Functions service quotas, "API
     * action throttling"). DescribeExecution's refill is lower (15 and 10 per second), behind a bucket of 300 and 250.
     */
    @Override
    public double defaultRateLimit() {
        return 150;
    }

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        StepFunctionsOptions options = settings.options(StepFunctionsOptions.class);
        String region = Options.require(options.getRegion(), "region", ID).trim();
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Option region is '" + region + "' but provider " + ID
                                               + " takes an AWS region code such as us-east-1");
        }
        Credentials credentials = Options.credentials(options, ID);
        if (settings.getWorkflowId() != null) {
            Arns.requireStateMachine(settings.getWorkflowId(), "The endpoint URI's workflowId", region);
        }
        return new StepFunctionsClient(Options.baseUrl(settings.getBaseUrl(), defaultBaseUrl(region), ID), region, credentials);
    }

    static String defaultBaseUrl(String region) {
        String suffix = PARTITION_SUFFIXES.entrySet().stream().filter(entry -> entry.getKey().matcher(region).matches())
                .map(Map.Entry::getValue).findFirst().orElse("amazonaws.com");
        return "https://states." + region + "." + suffix;
    }
}
