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

/** The run ended FAILED or CANCELLED while the producer waited for it. The run, with its ID, is in {@link #getRun()}. */
public class WorkflowRunFailedException extends WorkflowRunException {

    private static final long serialVersionUID = 1L;

    private final transient WorkflowRun run;

    public WorkflowRunFailedException(WorkflowRun run, int httpStatus) {
        super(run.provider(), httpStatus, run.providerStatus(),
                "run " + run.runId() + " ended " + run.status() + (run.error() == null ? "" : ": " + run.error()),
                run.requestId());
        this.run = run;
    }

    public WorkflowRun getRun() {
        return run;
    }
}
