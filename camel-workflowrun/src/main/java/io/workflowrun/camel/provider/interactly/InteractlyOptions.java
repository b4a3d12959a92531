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
package io.workflowrun.camel.provider.interactly;

import io.workflowrun.camel.spi.ApiKeyOption;
import io.workflowrun.camel.spi.ProviderOption;

/** Interactly's endpoint options: the API key, the team, and who runs which version. */
public interface InteractlyOptions extends ApiKeyOption {

    @ProviderOption(label = "interactly", required = true, description = "Interactly: the team ID sent with every call.")
    String getTeamId();

    @ProviderOption(label = "interactly", description = "Interactly: the user ID sent with every call, where the API key needs one.")
    String getUserId();

    @ProviderOption(label = "interactly", min = 0, max = Integer.MAX_VALUE,
                    description = "Interactly: the workflow version to run; the active version when empty.")
    Integer getVersionNumber();

    @ProviderOption(label = "interactly", description = "Interactly: who started the run, recorded on the run.")
    String getRunBy();
}
