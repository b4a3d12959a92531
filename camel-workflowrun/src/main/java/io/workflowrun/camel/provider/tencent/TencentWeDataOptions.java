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

import io.workflowrun.camel.spi.AccessKeyOptions;
import io.workflowrun.camel.spi.ProjectIdOption;
import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.RegionOption;

/** Tencent WeData's endpoint options: TC3 keys, the region, the WeData project and the trigger's defaults. */
public interface TencentWeDataOptions extends AccessKeyOptions, RegionOption, ProjectIdOption {

    @ProviderOption(label = "tencent", description = "Tencent WeData: comma-separated task IDs to run; all tasks when empty.")
    String getTaskIds();

    @ProviderOption(label = "tencent", description = "Tencent WeData: the scheduling resource group ID.")
    String getSchedulingResourceGroupId();

    @ProviderOption(label = "tencent", description = "Tencent WeData: the integration resource group ID.")
    String getIntegrationResourceGroupId();
}
