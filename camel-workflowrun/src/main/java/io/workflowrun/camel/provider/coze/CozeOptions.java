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
package io.workflowrun.camel.provider.coze;

import io.workflowrun.camel.spi.ApiKeyOption;
import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.RegionOption;

/**
 * Coze's endpoint options: the access token ({@code apiKey}), the site ({@code region}: global or cn), and the agent or
 * app a workflow runs in.
 */
public interface CozeOptions extends ApiKeyOption, RegionOption {

    @ProviderOption(label = "coze",
                    description = "Coze: the agent (bot) to run the workflow with, sent as bot_id; needed by workflows that use the agent's database or variables. Not with cozeAppId.")
    String getBotId();

    @ProviderOption(label = "coze",
                    description = "Coze: the Coze app the workflow belongs to, sent as app_id; only for a workflow of an app (not one of an agent or of the space's library). Not with botId.")
    String getCozeAppId();
}
