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
 * The run ended FAILED or CANCELLED while the producer waited for it ({@code waitForCompletion}, with
 * {@code failOnRunFailure}). The run, with its ID, status and error, is in {@link #getRun()}. The provider reported
 * the run without error: the run failed, not the call, so there is no HTTP status to tell.
 */
public class WorkflowRunFailedException extends WorkflowRunComponentException {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowRun run;
    // what the message tells, kept apart from the run, which is not serialized
    private final String ended;
    private final String requestId;

    public WorkflowRunFailedException(WorkflowRun run) {
        super(run.provider(), run.workflowId(), run.runId(), null);
        this.run = run;
        this.ended = run.status() + (run.providerStatus() == null ? "" : " (" + run.providerStatus() + ")")
                     + (run.error() == null ? "" : ": " + run.error());
        this.requestId = run.requestId();
    }

    /**
     * @deprecated a run that failed has no HTTP status: use {@link #WorkflowRunFailedException(WorkflowRun)}; the
     *             status given here is ignored
     */
    @Deprecated(since = "0.1.0")
    public WorkflowRunFailedException(WorkflowRun run, int httpStatus) {
        this(run);
    }

    @Override
    String describe() {
        return getProvider() + " run " + getRunId() + (getWorkflowId() == null ? "" : " of workflow " + getWorkflowId()) + " ended "
               + ended + (requestId == null ? "" : " (request ID " + requestId + ")");
    }

    /** The run as last reported, FAILED or CANCELLED (null in a deserialized copy: the run is not serialized). */
    public WorkflowRun getRun() {
        return run;
    }

    /** The request ID of the answer that reported the run's end, or null where the provider gave none. */
    public String getRequestId() {
        return requestId;
    }

    /** @deprecated the provider's own status text: use {@code getRun().providerStatus()} */
    @Deprecated(since = "0.1.0")
    public String getErrorCode() {
        return run == null ? null : run.providerStatus();
    }

    /** @deprecated use {@code getRun().error()} for the run's error, or {@link #getMessage()} */
    @Deprecated(since = "0.1.0")
    public String getErrorMessage() {
        return run == null ? null : "run " + run.runId() + " ended " + run.status() + (run.error() == null ? "" : ": " + run.error());
    }
}
