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

import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;

/**
 * The provider contract, on GitHub Actions with a token: GitHub's errors have a message and no code, its run IDs are
 * numbers, and a completed run's conclusion is its provider status.
 */
class GitHubActionsContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return GitHubActionsProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "in_progress", RunStatus.SUCCEEDED, "success", RunStatus.FAILED, "failure");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(401, null);
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(404, null);
    }

    @Override
    protected String unknownRunId() {
        return "99999999999";
    }
}
