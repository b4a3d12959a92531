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

import org.apache.camel.CamelException;

/**
 * The run had not ended when {@code waitTimeout} passed. It was started and may still be running: its ID is here (and
 * on the message as {@code CamelWorkflowRunId}), so a route can look it up or cancel it later.
 */
public class WorkflowRunTimeoutException extends CamelException {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String runId;
    private final transient WorkflowRun lastSeen;

    public WorkflowRunTimeoutException(String provider, String runId, long waitedMillis, WorkflowRun lastSeen) {
        super(provider + " run " + runId + " had not ended after " + waitedMillis + " ms (last status "
              + (lastSeen == null || lastSeen.status() == null ? "unknown" : lastSeen.status())
              + "); it may still be running");
        this.provider = provider;
        this.runId = runId;
        this.lastSeen = lastSeen;
    }

    public String getProvider() {
        return provider;
    }

    public String getRunId() {
        return runId;
    }

    /** The run as last polled, or as started when no poll answered. */
    public WorkflowRun getLastSeen() {
        return lastSeen;
    }
}
