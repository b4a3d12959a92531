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

import io.workflowrun.camel.spi.ApiKeyOption;
import io.workflowrun.camel.spi.ProviderOption;

/** Dify's endpoint options: the app's API key, the end user, and how the run's answer comes. */
public interface DifyOptions extends ApiKeyOption {

    @ProviderOption(label = "dify", required = true,
                    description = "Dify: the end-user identifier (required by Dify); the CamelWorkflowRunDifyUser header overrides it.")
    String getUser();

    @ProviderOption(label = "dify", defaultValue = "blocking", enums = "blocking,streaming",
                    description = "Dify: blocking waits for the run's result; streaming returns as soon as the run has started, or with waitForCompletion reads the event stream to the run's end within waitTimeout, polling only where the stream ends first (a pause, a drop, requestTimeout).")
    String getResponseMode();
}
