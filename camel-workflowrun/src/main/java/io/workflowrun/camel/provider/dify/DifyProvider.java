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
package io.workflowrun.camel.provider.dify;

import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/** Dify's workflow app API: {@code POST /workflows/run}, with an app API key as bearer token. */
@ProviderDeclaration(id = DifyProvider.ID, options = DifyOptions.class, headers = DifyConstants.class)
public final class DifyProvider implements WorkflowRunProvider {

    public static final String ID = "dify";
    static final String DEFAULT_BASE_URL = "https://api.dify.ai/v1";

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        DifyOptions options = settings.options(DifyOptions.class);
        String mode = options.getResponseMode() == null ? "blocking" : options.getResponseMode();
        if (!mode.equals("blocking") && !mode.equals("streaming")) {
            throw new IllegalArgumentException(
                    "Option responseMode is '" + mode + "' but provider dify takes blocking or streaming");
        }
        return new DifyClient(
                Options.baseUrl(settings.getBaseUrl(), DEFAULT_BASE_URL, ID),
                Options.require(options.getApiKey(), "apiKey", ID),
                Options.require(options.getUser(), "user", ID),
                mode.equals("streaming"));
    }
}
