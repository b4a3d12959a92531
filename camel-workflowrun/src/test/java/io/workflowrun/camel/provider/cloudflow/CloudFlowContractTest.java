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

import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;

/** The provider contract, on CloudFlow: execution names as run IDs, and the execution name as the idempotency key. */
class CloudFlowContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return CloudFlowProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "Running", RunStatus.SUCCEEDED, "Succeeded", RunStatus.FAILED, "Failed");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(404, "InvalidAccessKeyId.NotFound");
    }

    @Override
    protected ProviderError wrongSecretError() {
        return new ProviderError(400, "SignatureDoesNotMatch");
    }

    @Override
    protected String unknownRunId() {
        return "never_started";
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(404, "ExecutionNotExists");
    }

    @Override
    protected String idempotencyKey() {
        return "order-A-1_2026-03-01";
    }
}
