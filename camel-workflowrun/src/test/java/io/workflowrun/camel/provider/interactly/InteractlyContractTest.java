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
package io.workflowrun.camel.provider.interactly;

import java.util.Map;

import io.workflowrun.camel.provider.ProviderContractTest;
import io.workflowrun.camel.model.RunStatus;

/** The provider contract, on Interactly: FastAPI-style errors, with a detail and no code. */
class InteractlyContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return InteractlyProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "running", RunStatus.SUCCEEDED, "completed", RunStatus.FAILED, "failed");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(401, null);
    }

    @Override
    protected String unknownRunId() {
        return "000000000000000000000000";
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(404, null);
    }
}
