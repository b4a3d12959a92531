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

import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.RunRequest;
import org.apache.camel.spi.Metadata;

/**
 * The message headers the component reads and writes for every provider. A provider's own headers are constants of its
 * package (named by its {@code ProviderDeclaration}); Camel's tooling sees all of them through the generated
 * {@link RegisteredProviderHeaders}.
 */
public interface WorkflowRunConstants {

    @Metadata(label = "producer", description = "Overrides the workflow ID of the endpoint URI.", javaType = "String")
    String WORKFLOW_ID = RunRequest.WORKFLOW_ID_HEADER;
    @Metadata(label = "producer", description = "Overrides the endpoint's operation.",
              javaType = "io.workflowrun.camel.model.WorkflowRunOperation", enums = "trigger,status,cancel")
    String OPERATION = "CamelWorkflowRunOperation";
    @Metadata(description = "In: the run to act on for status and cancel. Out: the run ID the provider returned.",
              javaType = "String")
    String RUN_ID = RunRequest.RUN_ID_HEADER;
    @Metadata(label = "producer", description = "In, on trigger: the idempotency key, for providers that have one or with the "
                                                + "component's runJournal (it overrides the idempotencyKey option): a second trigger with "
                                                + "the same key returns the first one's run instead of starting another. Refused before "
                                                + "sending otherwise. Out, on an outcome sent to outcomeUri: the trigger's key.",
              javaType = "String")
    String IDEMPOTENCY_KEY = RunRequest.IDEMPOTENCY_KEY_HEADER;
    @Metadata(label = "producer", description = "Out, on trigger: true when the idempotency key's run had already been started, "
                                                + "so that this trigger started none and returned that run.",
              javaType = "Boolean")
    String ALREADY_STARTED = "CamelWorkflowRunAlreadyStarted";
    @Metadata(label = "producer", description = "Out: the unified run status (PENDING, RUNNING, WAITING, SUCCEEDED, FAILED, CANCELLED), where known.",
              javaType = "io.workflowrun.camel.model.RunStatus")
    String STATUS = "CamelWorkflowRunStatus";
    @Metadata(label = "producer", description = "Out: the provider's own status text.", javaType = "String")
    String PROVIDER_STATUS = "CamelWorkflowRunProviderStatus";
    @Metadata(label = "producer", description = "Out: the provider's request ID, for support tickets.", javaType = "String")
    String REQUEST_ID = "CamelWorkflowRunRequestId";
    @Metadata(label = "producer", description = "Out, on an outcome sent to outcomeUri: 1 for its first delivery; more when an "
                                              + "instance died after handing it to the outcome route and before the run journal "
                                              + "recorded that, so that a receiver may drop a key it has already seen.",
              javaType = "Integer")
    String DELIVERY_ATTEMPT = "CamelWorkflowRunDeliveryAttempt";
    @Metadata(label = "producer", description = "Out, on an outcome sent to outcomeUri: why the wait failed (waitTimeout passed, the "
                                              + "run failed with failOnRunFailure), as the exchange's exception would have said.",
              javaType = "String")
    String OUTCOME_ERROR = "CamelWorkflowRunOutcomeError";
}
