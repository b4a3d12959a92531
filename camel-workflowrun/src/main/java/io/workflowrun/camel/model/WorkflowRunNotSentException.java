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
package io.workflowrun.camel.model;


/**
 * The component gave a call up before sending it: it is stopping, or {@code waitTimeout} passed while the trigger
 * still waited for its turn (the rate limit, or the wait before a resend). Nothing reached the provider, so nothing was
 * started or changed: the message may be sent again as it is.
 */
public class WorkflowRunNotSentException extends WorkflowRunComponentException {

    private static final long serialVersionUID = 1L;

    private final WorkflowRunOperation operation;
    private final String why;

    /**
     * @param operation  the call that was not sent
     * @param workflowId the workflow it was for, or null
     * @param runId      the run it named (status, cancel), or null
     * @param why        why it was given up, e.g. {@code the component is stopping}
     */
    public WorkflowRunNotSentException(
            String provider, WorkflowRunOperation operation, String workflowId, String runId, String why, Throwable cause) {
        super(provider, workflowId, runId, cause);
        this.operation = operation;
        this.why = why;
    }

    @Override
    String describe() {
        return "The " + operation + " call to " + getProvider() + idsInParentheses() + " was not sent: " + why
               + ". Nothing reached the provider" + (operation == WorkflowRunOperation.trigger ? ", so no run was started" : "");
    }

    /** The call that was not sent. */
    public WorkflowRunOperation getOperation() {
        return operation;
    }
}
