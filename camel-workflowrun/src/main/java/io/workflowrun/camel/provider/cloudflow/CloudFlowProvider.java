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
package io.workflowrun.camel.provider.cloudflow;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.workflowrun.camel.signing.Acs3Signer;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Alibaba Cloud CloudFlow, formerly Serverless Workflow (product code {@code fnf}, API version 2019-03-15, RPC style),
 * signed with {@code ACS3-HMAC-SHA256}: {@code StartExecution}, {@code DescribeExecution} and {@code StopExecution}.
 * The workflow is the flow's name, the run the execution's name.
 */
@ProviderDeclaration(id = CloudFlowProvider.ID, options = CloudFlowOptions.class, headers = CloudFlowConstants.class)
public final class CloudFlowProvider implements WorkflowRunProvider {

    public static final String ID = "alibaba-cloudflow";

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        CloudFlowOptions options = settings.options(CloudFlowOptions.class);
        String region = Options.require(options.getRegion(), "region", ID);
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Option region '" + region + "' is not an Alibaba Cloud region ID such as cn-hangzhou");
        }
        if (settings.getWorkflowId() != null) {
            CloudFlowClient.requireName(settings.getWorkflowId(), "The endpoint URI's workflowId", "FlowName");
        }
        URI baseUrl = Options.baseUrl(settings.getBaseUrl(), defaultBaseUrl(region), ID);
        return new CloudFlowClient(baseUrl, new Acs3Signer(Options.credentials(options, ID), CloudFlowProvider::nonce));
    }

    /**
     * CloudFlow's public endpoint for the region, {@code <region>.fnf.aliyuncs.com}: the host the official SDK
     * (fnf-20190315) maps cn-beijing, cn-hangzhou, cn-shanghai and cn-shenzhen to, and the form Alibaba's endpoint table
     * and {@code DescribeRegions} give for every region (the SDK's fallback for regions outside its map,
     * {@code fnf.<region>.aliyuncs.com}, is in neither).
     */
    static String defaultBaseUrl(String region) {
        return "https://" + region + ".fnf.aliyuncs.com";
    }

    /** A fresh signature nonce: 128 random bits as 32 hex digits, as the official SDK sends them. */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
