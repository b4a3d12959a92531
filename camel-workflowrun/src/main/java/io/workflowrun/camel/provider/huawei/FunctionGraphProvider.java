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
package io.workflowrun.camel.provider.huawei;

import java.util.regex.Pattern;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Huawei Cloud FunctionGraph flows: "Executing a Flow Asynchronously"
 * ({@code POST /v2/{project_id}/fgs/workflows/{workflow_id}/executions}), signed with AK/SK (SDK-HMAC-SHA256).
 */
@ProviderDeclaration(id = FunctionGraphProvider.ID, options = FunctionGraphOptions.class, headers = FunctionGraphConstants.class)
public final class FunctionGraphProvider implements WorkflowRunProvider {

    public static final String ID = "huawei-functiongraph";

    // a region becomes a DNS label of the default endpoint
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        FunctionGraphOptions options = settings.options(FunctionGraphOptions.class);
        String region = Options.require(options.getRegion(), "region", ID).trim();
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Option region is '" + region + "' but provider " + ID
                                               + " takes a Huawei Cloud region ID such as cn-north-4");
        }
        String projectId = Options.require(options.getProjectId(), "projectId", ID).trim();
        Credentials credentials = Options.credentials(options, ID);
        return new FunctionGraphClient(
                Options.baseUrl(settings.getBaseUrl(), defaultBaseUrl(region), ID), projectId, credentials);
    }

    static String defaultBaseUrl(String region) {
        return "https://functiongraph." + region + ".myhuaweicloud.com";
    }
}
