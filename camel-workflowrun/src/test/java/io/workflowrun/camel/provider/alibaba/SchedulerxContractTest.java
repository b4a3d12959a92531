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
package io.workflowrun.camel.provider.alibaba;

import java.util.Map;

import io.workflowrun.camel.provider.ProviderContractTest;
import io.workflowrun.camel.model.RunStatus;
import org.apache.camel.Exchange;

/** The provider contract, on SchedulerX: integer run IDs, and a cancel that stops the job instance a status named. */
class SchedulerxContractTest extends ProviderContractTest {

    @Override
    protected String provider() {
        return SchedulerxProvider.ID;
    }

    @Override
    protected Map<RunStatus, String> providerStatuses() {
        return Map.of(RunStatus.RUNNING, "3", RunStatus.SUCCEEDED, "4", RunStatus.FAILED, "5");
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
        return "987654321";
    }

    @Override
    protected ProviderError unknownRunError() {
        return new ProviderError(200, "500");
    }

    /** StopInstance stops a job instance: a status call names the running one first. */
    @Override
    protected Exchange cancel(Exchange started) {
        return carryOn(carryOn(started, "status"), "cancel");
    }
}
