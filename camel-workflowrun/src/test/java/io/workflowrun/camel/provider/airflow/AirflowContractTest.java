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
package io.workflowrun.camel.provider.airflow;

import java.util.Map;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.provider.ProviderContractTest;
import io.workflowrun.simulator.SimulatorRequest;

/**
 * The provider contract, on Airflow: the sample logs in with a user and password (the refusals of a wrong one are the
 * token endpoint's), errors are FastAPI's {@code detail} without a code or a request ID, a cancel fails the run.
 */
class AirflowContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return AirflowProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "running", RunStatus.SUCCEEDED, "success", RunStatus.FAILED, "failed");
    }

    /** {@code POST /auth/token}: HTTP 401 {@code Invalid credentials}, so the call is not sent. */
    @Override
    protected ProviderError unknownKeyError() {
        return new ProviderError(401, null);
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(404, null);
    }

    /** The sample logs in with a user and password: a refused one is the token endpoint's refusal. */
    @Override
    protected boolean fetchesTokens() {
        return true;
    }

    /** The client's {@code POST /auth/token}, before its first call and when its token is near its end. */
    @Override
    protected boolean isTokenRequest(SimulatorRequest request) {
        return request.rawPath().equals("/auth/token");
    }

    @Override
    protected String idempotencyKey() {
        return "order-A-1_2026-11-29";
    }

    @Override
    protected boolean answersCarryRequestIds() {
        return false;
    }
}
