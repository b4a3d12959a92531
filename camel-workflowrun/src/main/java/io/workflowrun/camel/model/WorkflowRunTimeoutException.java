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
 * The wait for a run ended before the run did: {@code waitTimeout} passed, or the component stopped while waiting.
 * The run was started and may still be running: its ID is here (and on the message as {@code CamelWorkflowRunId}), so
 * a route can look it up or cancel it later.
 */
public class WorkflowRunTimeoutException extends WorkflowRunComponentException {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowRun lastSeen;
    private final long waitedMillis;
    private final String lastStatus;
    private final boolean stopping;

    public WorkflowRunTimeoutException(String provider, String runId, long waitedMillis, WorkflowRun lastSeen) {
        this(provider, runId, waitedMillis, lastSeen, false);
    }

    /** {@code stopping}: the wait ended because the component is stopping, not at waitTimeout. */
    public WorkflowRunTimeoutException(String provider, String runId, long waitedMillis, WorkflowRun lastSeen, boolean stopping) {
        super(provider, lastSeen == null ? null : lastSeen.workflowId(), runId, null);
        this.lastSeen = lastSeen;
        this.waitedMillis = waitedMillis;
        this.lastStatus = lastSeen == null || lastSeen.status() == null ? "unknown" : lastSeen.status().name();
        this.stopping = stopping;
    }

    @Override
    String describe() {
        return getProvider() + " run " + getRunId() + (getWorkflowId() == null ? "" : " of workflow " + getWorkflowId())
               + (stopping ? " was still being waited on when the component began stopping, after " : " had not ended after ")
               + waitedMillis + " ms (last status " + lastStatus + "); it may still be running";
    }

    /** The run as last polled, or as started when no poll answered (null in a deserialized copy). */
    public WorkflowRun getLastSeen() {
        return lastSeen;
    }

    /** Whether the wait ended because the component is stopping rather than at {@code waitTimeout}. */
    public boolean isComponentStopping() {
        return stopping;
    }
}
