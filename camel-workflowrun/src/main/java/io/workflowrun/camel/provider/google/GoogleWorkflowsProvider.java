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

import java.net.URI;
import java.util.regex.Pattern;

import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Google Cloud Workflows: a workflow's executions through the Workflow Executions API, authorized with a service
 * account's key. No default rate limit: Google's quotas are per project and location, not per credential.
 */
@ProviderDeclaration(id = GoogleWorkflowsProvider.ID, options = GoogleWorkflowsOptions.class, headers = GoogleWorkflowsConstants.class)
public final class GoogleWorkflowsProvider implements WorkflowRunProvider {

    public static final String ID = "google-workflows";
    static final String DEFAULT_BASE_URL = "https://workflowexecutions.googleapis.com";

    // a location such as us-central1 becomes a path segment; a project ID may be domain-scoped (example.com:my-project)
    private static final Pattern LOCATION = Pattern.compile("[a-z]+(-[a-z0-9]+)*");
    private static final Pattern PROJECT = Pattern.compile("[a-z0-9][a-z0-9.:-]*");

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        GoogleWorkflowsOptions options = settings.options(GoogleWorkflowsOptions.class);
        String projectId = Options.require(options.getProjectId(), "projectId", ID).trim();
        if (!PROJECT.matcher(projectId).matches()) {
            throw new IllegalArgumentException("Option projectId is '" + projectId + "' but provider " + ID
                                               + " takes a Google Cloud project ID such as my-project-123456");
        }
        String location = Options.require(options.getRegion(), "region", ID).trim();
        if (!LOCATION.matcher(location).matches()) {
            throw new IllegalArgumentException("Option region is '" + location + "' but provider " + ID
                                               + " takes the workflow's location, a Google Cloud region such as us-central1");
        }
        String workflow = settings.getWorkflowId();
        if (workflow != null && !GoogleWorkflowsClient.WORKFLOW.matcher(workflow).matches()) {
            throw new IllegalArgumentException("The workflow '" + workflow + "' of the endpoint URI is not a Google Cloud Workflows"
                                               + " workflow name: it starts with a letter and has only letters, digits, hyphens"
                                               + " and underscores");
        }
        URI baseUrl = Options.baseUrl(settings.getBaseUrl(), DEFAULT_BASE_URL, ID);
        ServiceAccountKey key = ServiceAccountKey.read(Options.require(options.getServiceAccountKey(), "serviceAccountKey", ID),
                baseUrl);
        return new GoogleWorkflowsClient(baseUrl, projectId, location, key);
    }
}
