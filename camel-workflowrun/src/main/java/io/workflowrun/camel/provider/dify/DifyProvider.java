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

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/** Dify's workflow app API: {@code POST /workflows/run}, with an app API key as bearer token. */
public final class DifyProvider implements WorkflowRunProvider {

    public static final String ID = "dify";
    static final String DEFAULT_BASE_URL = "https://api.dify.ai/v1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderClient bind(WorkflowRunConfiguration configuration) {
        String mode = configuration.getResponseMode() == null ? "blocking" : configuration.getResponseMode();
        if (!mode.equals("blocking") && !mode.equals("streaming")) {
            throw new IllegalArgumentException(
                    "Option responseMode is '" + mode + "' but provider dify takes blocking or streaming");
        }
        return new DifyClient(
                Options.baseUrl(configuration.getBaseUrl(), DEFAULT_BASE_URL, ID),
                Options.require(configuration.getApiKey(), "apiKey", ID),
                Options.require(configuration.getUser(), "user", ID),
                mode.equals("streaming"));
    }
}
