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
package io.workflowrun.camel.provider.alibaba;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Alibaba Cloud SchedulerX (API version 2019-04-30, RPC style), signed with {@code ACS3-HMAC-SHA256}:
 * {@code ExecuteWorkflow}, {@code GetWorkflowInstance} and {@code StopInstance}.
 */
@ProviderDeclaration(id = SchedulerxProvider.ID, options = SchedulerxOptions.class, headers = SchedulerxConstants.class)
public final class SchedulerxProvider implements WorkflowRunProvider {

    public static final String ID = "alibaba-schedulerx";

    private static final Set<String> REGIONAL_HOSTS = Set.of("cn-beijing", "cn-hangzhou", "cn-shanghai", "cn-shenzhen");
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        SchedulerxOptions options = settings.options(SchedulerxOptions.class);
        String region = Options.require(options.getRegion(), "region", ID);
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Option region '" + region + "' is not an Alibaba Cloud region ID such as cn-hangzhou");
        }
        String namespace = Options.require(options.getNamespace(), "namespace", ID);
        String groupId = Options.require(options.getGroupId(), "groupId", ID);
        Credentials credentials = Options.credentials(options, ID);
        if (settings.getWorkflowId() != null) {
            SchedulerxClient.workflowId(settings.getWorkflowId(), "The endpoint URI's workflowId");
        }
        URI baseUrl = Options.baseUrl(settings.getBaseUrl(), defaultBaseUrl(region), ID);
        return new SchedulerxClient(baseUrl, region, namespace, Options.optional(options.getNamespaceSource()), groupId,
                credentials, SchedulerxProvider::nonce);
    }

    /**
     * The endpoint the official SDK (schedulerx2-20190430) picks: a regional host for the four mainland regions that
     * have one, the central host for every other region (which then comes from RegionId alone). A regional host
     * built for any region would not resolve in most of them.
     */
    static String defaultBaseUrl(String region) {
        return REGIONAL_HOSTS.contains(region) ? "https://schedulerx." + region + ".aliyuncs.com" : "https://schedulerx.aliyuncs.com";
    }

    /** A fresh signature nonce: 128 random bits, as the official SDK sends them (32 hex digits). */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
