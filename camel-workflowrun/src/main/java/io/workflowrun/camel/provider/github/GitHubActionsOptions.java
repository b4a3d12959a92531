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

import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.TokenOption;

/**
 * GitHub Actions' endpoint options: the credential (the shared {@code token}: a personal access token, say; or a GitHub
 * App's ID, installation and private key) and the git ref whose workflow file runs.
 */
public interface GitHubActionsOptions extends TokenOption {

    @ProviderOption(label = "security",
                    description = "GitHub Actions: the GitHub App's ID (or its client ID), the issuer of the JWTs signed with "
                                  + "privateKey to get installation tokens; with installationId and privateKey, instead of token.")
    String getAppId();

    @ProviderOption(label = "security",
                    description = "GitHub Actions: the ID of the GitHub App's installation on the account that owns the "
                                  + "repository (a number); with appId and privateKey, instead of token.")
    String getInstallationId();

    @ProviderOption(label = "security", secret = true,
                    description = "GitHub Actions: the GitHub App's private key, in PEM (PKCS#1 as GitHub hands it out, or "
                                  + "PKCS#8), its line breaks written as spaces or as \\n; it signs the JWTs exchanged for "
                                  + "installation tokens.")
    String getPrivateKey();

    @ProviderOption(label = "github", required = true,
                    description = "GitHub Actions: the git ref (branch or tag) whose version of the workflow file runs; header "
                                  + "CamelWorkflowRunGitHubRef overrides it.")
    String getRef();
}
