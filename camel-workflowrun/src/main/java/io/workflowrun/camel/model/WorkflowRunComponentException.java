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

import java.util.StringJoiner;

import org.apache.camel.CamelException;

/**
 * Any failure the workflowrun component raises, so that one {@code onException(WorkflowRunComponentException.class)}
 * catches them all. Each names the provider, and the workflow and the run where they are known; no message holds a
 * credential. Which subtype it is says what happened, and so whether the message may be sent again:
 * <ul>
 * <li>{@link WorkflowRunException}: the provider answered with an error ({@link WorkflowRunThrottledException}: it
 * throttled the call for longer than the retry budget allows);</li>
 * <li>{@link WorkflowRunTransportException}: no whole answer came ({@link WorkflowRunMaybeStartedException}: to a
 * trigger that reached the provider, which may have started a run);</li>
 * <li>{@link WorkflowRunNotSentException}: the component gave the call up before sending it;</li>
 * <li>{@link WorkflowRunFailedException}: a run waited on ended FAILED or CANCELLED;</li>
 * <li>{@link WorkflowRunTimeoutException}: the wait ended before the run did.</li>
 * </ul>
 * A bad message or configuration is an {@link IllegalArgumentException} instead, naming what is wrong, as in Camel's
 * other components: nothing was sent.
 */
public abstract class WorkflowRunComponentException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private String workflowId;
    private String runId;

    /** Package-private: the family's members are the component's own (a user may still extend a member). */
    WorkflowRunComponentException(String provider, String workflowId, String runId, Throwable cause) {
        super(cause);
        this.provider = provider;
        this.workflowId = workflowId;
        this.runId = runId;
    }

    /** The provider id, as in the endpoint's URI. */
    public String getProvider() {
        return provider;
    }

    /** The workflow the call was for, or null where none is known (a provider whose calls name no workflow). */
    public String getWorkflowId() {
        return workflowId;
    }

    /** The run the call or the wait was about, or null where none is known (a trigger that named no run). */
    public String getRunId() {
        return runId;
    }

    /**
     * Fills in the workflow and the run where the exception did not know them: a provider reading an error answer does
     * not see the call it answers, the core does.
     */
    public void concerning(String knownWorkflowId, String knownRunId) {
        if (workflowId == null) {
            workflowId = knownWorkflowId;
        }
        if (runId == null) {
            runId = knownRunId;
        }
    }

    /** Told from the fields on each call, since the core may fill in the workflow and the run after construction. */
    @Override
    public String getMessage() {
        return describe();
    }

    /** What happened, for the message: the provider first, with the workflow and run where known. */
    abstract String describe();

    /** {@code workflow W, run R} with those known, then {@code more} where not null; empty when none is. */
    final String ids(String... more) {
        StringJoiner ids = new StringJoiner(", ");
        if (workflowId != null) {
            ids.add("workflow " + workflowId);
        }
        if (runId != null) {
            ids.add("run " + runId);
        }
        for (String item : more) {
            if (item != null) {
                ids.add(item);
            }
        }
        return ids.toString();
    }

    /** {@link #ids} in parentheses after a space, or empty. */
    final String idsInParentheses(String... more) {
        String ids = ids(more);
        return ids.isEmpty() ? "" : " (" + ids + ")";
    }
}
