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

import java.util.Map;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.google.GoogleWorkflowsHandler;

class GoogleWorkflowsContractTest extends ProviderContractTest {

    static {
        SecretGuard.watch(TestKeys.samplePrivateKeyLine());
    }

    @Override
    protected String provider() {
        return GoogleWorkflowsProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "ACTIVE", RunStatus.SUCCEEDED, "SUCCEEDED", RunStatus.FAILED, "FAILED");
    }

    /** Google's token endpoint: {@code {"error": "invalid_grant", "error_description": "Invalid grant: account not found"}}. */
    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(400, "invalid_grant");
    }

    /** The same account signing with another key: {@code invalid_grant}, "Invalid JWT Signature.". */
    @Override
    protected ProviderError wrongSecretError() {
        return new ProviderError(400, "invalid_grant");
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(404, "NOT_FOUND");
    }

    @Override
    protected boolean fetchesTokens() {
        return true;
    }

    @Override
    protected boolean isTokenRequest(SimulatorRequest request) {
        return request.rawPath().equals("/token");
    }

    /** Google's answers carry no request ID. */
    @Override
    protected boolean answersCarryRequestIds() {
        return false;
    }

    @Override
    protected ProviderSample unknownKeySample() {
        return sample().withKey(TestKeys.keyFile(TestKeys.UNKNOWN_ACCOUNT, TestKeys.OTHER), null);
    }

    @Override
    protected ProviderSample tamperedSample() {
        return sample().withKey(TestKeys.keyFile(GoogleWorkflowsHandler.CLIENT_EMAIL, TestKeys.OTHER), null);
    }
}
