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
package io.workflowrun.camel.provider.coze;

import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;

/**
 * The provider contract, on Coze: errors come as {@code code}/{@code msg} in HTTP 200 answers, runs cannot be stopped, and
 * a repeated trigger has no key to tell it apart.
 */
class CozeContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return CozeProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "Running", RunStatus.SUCCEEDED, "Success", RunStatus.FAILED, "Fail");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(200, "4100");
    }

    @Override
    protected String unknownRunId() {
        return "7000000000000000001";
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(200, "4314");
    }

    @Override
    protected boolean cancels() {
        return false;
    }
}
