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

import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;

/** The provider contract, on Step Functions: ARNs as IDs, errors of the AWS JSON 1.0 protocol, the execution name as the key. */
class StepFunctionsContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return StepFunctionsProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "RUNNING", RunStatus.SUCCEEDED, "SUCCEEDED", RunStatus.FAILED, "FAILED");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(400, "UnrecognizedClientException");
    }

    @Override
    protected ProviderError wrongSecretError() {
        return new ProviderError(400, "InvalidSignatureException");
    }

    @Override
    protected String unknownRunId() {
        return "arn:aws:states:us-east-1:123456789012:execution:OrderStateMachine:00000000-0000-0000-0000-000000000000";
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(400, "ExecutionDoesNotExist");
    }

    /** StartExecution's {@code name}. */
    @Override
    protected String idempotencyKey() {
        return "order-A-1";
    }
}
