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

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * A workflow run as the provider reported it: the body the producer leaves on the message.
 *
 * @param provider       the provider id
 * @param workflowId     the workflow, where known
 * @param runId          the run ID the provider returned
 * @param status         the unified status, or null where the provider did not say
 * @param providerStatus the provider's own status text, or null
 * @param outputs        the run's outputs where the provider returns them, or null
 * @param error          the run's error text where the provider returns one, or null
 * @param requestId      the provider's request ID, for support tickets, or null
 * @param raw            the provider's answer as parsed JSON
 * @param alreadyStarted whether a trigger found the run its idempotency key had already started, instead of starting
 *                       one (see {@code CamelWorkflowRunIdempotencyKey})
 */
public record WorkflowRun(
        String provider, String workflowId, String runId, RunStatus status, String providerStatus,
        Map<String, Object> outputs, String error, String requestId, Map<String, Object> raw, boolean alreadyStarted) {

    /** A run as a provider reports it, not found through an idempotency key. */
    public WorkflowRun(
            String provider, String workflowId, String runId, RunStatus status, String providerStatus,
            Map<String, Object> outputs, String error, String requestId, Map<String, Object> raw) {
        this(provider, workflowId, runId, status, providerStatus, outputs, error, requestId, raw, false);
    }

    /** This run, as the one a trigger's idempotency key had already started. */
    public WorkflowRun asAlreadyStarted() {
        return new WorkflowRun(provider, workflowId, runId, status, providerStatus, outputs, error, requestId, raw, true);
    }

    /** The run as a map with the record's component names as keys; absent values are left out. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfPresent(map, "provider", provider);
        putIfPresent(map, "workflowId", workflowId);
        putIfPresent(map, "runId", runId);
        putIfPresent(map, "status", status == null ? null : status.name());
        putIfPresent(map, "providerStatus", providerStatus);
        putIfPresent(map, "outputs", outputs);
        putIfPresent(map, "error", error);
        putIfPresent(map, "requestId", requestId);
        putIfPresent(map, "raw", raw);
        if (alreadyStarted) {
            map.put("alreadyStarted", true);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
