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
package io.workflowrun.camel.provider.github;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.workflowrun.camel.signing.Rs256Jwt;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * GitHub Actions: {@code POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches} with
 * {@code return_run_details}, the run from {@code /repos/{owner}/{repo}/actions/runs/{run_id}}; a token, or a GitHub App.
 */
@ProviderDeclaration(id = GitHubActionsProvider.ID, options = GitHubActionsOptions.class, headers = GitHubActionsConstants.class)
public final class GitHubActionsProvider implements WorkflowRunProvider {

    public static final String ID = "github-actions";
    static final String DEFAULT_BASE_URL = "https://api.github.com";

    private static final Pattern INSTALLATION_ID = Pattern.compile("[0-9]{1,19}");

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        GitHubActionsOptions options = settings.options(GitHubActionsOptions.class);
        if (settings.getWorkflowId() != null) {
            GitHubWorkflow.parse(settings.getWorkflowId(), "The endpoint URI's workflowId", false);
        }
        URI baseUrl = Options.baseUrl(settings.getBaseUrl(), DEFAULT_BASE_URL, ID);
        String ref = Options.require(options.getRef(), "ref", ID);
        String token = Options.optional(options.getToken());
        String appId = Options.optional(options.getAppId());
        String installationId = Options.optional(options.getInstallationId());
        String privateKey = Options.optional(options.getPrivateKey());
        List<String> app = new ArrayList<>();
        List<String> appMissing = new ArrayList<>();
        for (String[] option : new String[][] { { "appId", appId }, { "installationId", installationId }, { "privateKey", privateKey } }) {
            (option[1] != null ? app : appMissing).add(option[0]);
        }
        if (token != null) {
            if (!app.isEmpty()) {
                throw new IllegalArgumentException("Options token and " + String.join(", ", app) + " are both set for provider " + ID
                                                   + ": a token, or a GitHub App's appId, installationId and privateKey, not both");
            }
            return GitHubActionsClient.withToken(baseUrl, ref, token);
        }
        if (app.isEmpty()) {
            throw new IllegalArgumentException("Option token is required for provider " + ID + " (or appId, installationId and "
                                               + "privateKey, for a GitHub App) but was not set");
        }
        if (!appMissing.isEmpty()) {
            throw new IllegalArgumentException("Option " + String.join(" and ", appMissing) + " is required for provider " + ID
                                               + " with a GitHub App (appId, installationId and privateKey go together) but was not set");
        }
        if (!INSTALLATION_ID.matcher(installationId).matches()) {
            throw new IllegalArgumentException("Option installationId is '" + installationId + "', but a GitHub App installation's "
                                               + "ID is a number, e.g. 45678901");
        }
        return GitHubActionsClient.withApp(baseUrl, ref, appId, installationId, Rs256Jwt.privateKey(privateKey, "Option privateKey"));
    }
}
