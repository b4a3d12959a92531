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

import io.workflowrun.camel.spi.AccessKeyOptions;
import io.workflowrun.camel.spi.RegionOption;

/**
 * Alibaba Cloud CloudFlow's endpoint options: the ACS3 key pair and the region (which picks the endpoint). The flow is
 * the endpoint's workflowId; CloudFlow needs nothing else.
 */
public interface CloudFlowOptions extends AccessKeyOptions, RegionOption {
}
