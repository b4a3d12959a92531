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
package io.workflowrun.camel.provider.tencent;

import java.util.Map;

import io.workflowrun.camel.provider.ProviderContractTest;
import io.workflowrun.camel.model.RunStatus;

/** The provider contract, on WeData: its errors come in HTTP 200 answers. */
class TencentWeDataContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return TencentWeDataProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "RUNNING", RunStatus.SUCCEEDED, "SUCCESS", RunStatus.FAILED, "FAILED");
    }

    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(200, "AuthFailure.SecretIdNotFound");
    }

    @Override
    protected ProviderError wrongSecretError() {
        return new ProviderError(200, "AuthFailure.SignatureFailure");
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(200, "ResourceNotFound");
    }
}
