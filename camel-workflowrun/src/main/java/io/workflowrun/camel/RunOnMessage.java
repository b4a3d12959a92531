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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import org.apache.camel.Message;

/** Puts a run on the message: the run's headers, the provider's own, and the run itself as the body. */
final class RunOnMessage {

    private final ProviderClient client;

    RunOnMessage(ProviderClient client) {
        this.client = client;
    }

    /** @param request the call that reported the run (for a trigger: what it was started with) */
    void put(RunRequest request, WorkflowRun run, Message message) {
        setOrRemove(message, WorkflowRunConstants.RUN_ID, run.runId());
        setOrRemove(message, WorkflowRunConstants.STATUS, run.status());
        setOrRemove(message, WorkflowRunConstants.PROVIDER_STATUS, run.providerStatus());
        setOrRemove(message, WorkflowRunConstants.REQUEST_ID, run.requestId());
        setOrRemove(message, WorkflowRunConstants.ALREADY_STARTED, run.alreadyStarted() ? Boolean.TRUE : null);
        client.headersFor(request, run).forEach(message::setHeader);
        message.setBody(run);
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
