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
package io.workflowrun.camel.provider.google;

import io.workflowrun.camel.spi.ProjectIdOption;
import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.RegionOption;

/**
 * Google Cloud Workflows' options: the project and the region (Workflows calls it the workflow's location, e.g.
 * {@code us-central1}) from the shared options, and the service account's key the calls are authorized with.
 */
public interface GoogleWorkflowsOptions extends ProjectIdOption, RegionOption {

    @ProviderOption(label = "security", secret = true, required = true, identifiesCredential = true,
                    description = "Google Cloud Workflows: the service account's JSON key as the Google Cloud console downloads it"
                                  + " (the file's content, or file: and the key file's path), exchanged for access tokens.")
    String getServiceAccountKey();
}
