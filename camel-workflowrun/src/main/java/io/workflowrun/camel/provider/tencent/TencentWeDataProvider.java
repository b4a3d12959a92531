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
package io.workflowrun.camel.provider.tencent;

import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/** Tencent Cloud WeData (API 3.0, version 2025-08-06): {@code CreateTriggerWorkflowRun}, signed TC3-HMAC-SHA256. */
@ProviderDeclaration(id = TencentWeDataProvider.ID, options = TencentWeDataOptions.class, headers = TencentWeDataConstants.class)
public final class TencentWeDataProvider implements WorkflowRunProvider {

    public static final String ID = "tencent-wedata";
    /** The international endpoint; users in mainland China set baseUrl https://wedata.tencentcloudapi.com. */
    static final String DEFAULT_BASE_URL = "https://wedata.intl.tencentcloudapi.com";

    /** CreateTriggerWorkflowRun: "A maximum of 20 requests can be initiated per second for this API." */
    @Override
    public double defaultRateLimit() {
        return 20;
    }

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        TencentWeDataOptions options = settings.options(TencentWeDataOptions.class);
        String region = Options.require(options.getRegion(), "region", ID);
        String projectId = Options.require(options.getProjectId(), "projectId", ID);
        Credentials credentials = Options.credentials(options, ID);
        return new TencentWeDataClient(
                Options.baseUrl(settings.getBaseUrl(), DEFAULT_BASE_URL, ID),
                region, projectId, credentials,
                new TriggerDefaults(TaskIds.parse(options.getTaskIds(), "option taskIds"),
                        Options.optional(options.getSchedulingResourceGroupId()),
                        Options.optional(options.getIntegrationResourceGroupId())));
    }
}
