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
package io.workflowrun.camel.provider.aws;

import io.workflowrun.camel.spi.AccessKeyOptions;
import io.workflowrun.camel.spi.RegionOption;

/** AWS Step Functions' endpoint options: the SigV4 key pair (with a session token for temporary credentials) and the region. */
public interface StepFunctionsOptions extends AccessKeyOptions, RegionOption {
}
