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
package io.workflowrun.camel.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunEndpoint;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunComponentException;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * The span tags of one call of a workflowrun endpoint: what it acts on, known before the call, and the run the provider
 * answered with, known after it. No credential is ever among them: only the provider id, workflow, operation, run ID,
 * status and request ID.
 */
public final class RunSpanTags {

    public static final String PROVIDER = "workflowrun.provider";
    public static final String WORKFLOW_ID = "workflowrun.workflow_id";
    public static final String OPERATION = "workflowrun.operation";
    public static final String RUN_ID = "workflowrun.run_id";
    public static final String RUN_STATUS = "workflowrun.run_status";
    public static final String REQUEST_ID = "workflowrun.request_id";
    public static final String ALREADY_STARTED = "workflowrun.already_started";

    private RunSpanTags() {
    }

    /** Before the call: the endpoint's provider, and its workflow and operation, or the message's headers over them. */
    static Map<String, String> before(Exchange exchange, Endpoint endpoint) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (!(endpoint instanceof WorkflowRunEndpoint workflowRun)) {
            return tags;
        }
        WorkflowRunConfiguration configuration = workflowRun.getConfiguration();
        put(tags, PROVIDER, configuration.getProvider());
        put(tags, WORKFLOW_ID, header(exchange, WorkflowRunConstants.WORKFLOW_ID, configuration.getWorkflowId()));
        String operation = header(exchange, WorkflowRunConstants.OPERATION, String.valueOf(configuration.getOperation()));
        put(tags, OPERATION, operation);
        if (!WorkflowRunOperation.trigger.name().equals(operation)) {
            // status and cancel act on the run the message names; a trigger's header, if any, is an earlier run's
            put(tags, RUN_ID, header(exchange, WorkflowRunConstants.RUN_ID, null));
        }
        return tags;
    }

    /**
     * After the call: the run this call put on the message, or, where it failed, the run its exception is about. Never
     * the headers alone, which may still hold an earlier call's run when this one failed.
     */
    static Map<String, String> after(Exchange exchange) {
        Map<String, String> tags = new LinkedHashMap<>();
        WorkflowRunComponentException failure = exchange.getException(WorkflowRunComponentException.class);
        if (failure != null) {
            put(tags, RUN_ID, failure.getRunId());
            WorkflowRun run = failure instanceof WorkflowRunFailedException failed ? failed.getRun()
                    : failure instanceof WorkflowRunTimeoutException timeout ? timeout.getLastSeen() : null;
            put(tags, RUN_STATUS, run == null ? null : name(run.status()));
            put(tags, REQUEST_ID, failure instanceof WorkflowRunException error ? error.getRequestId()
                    : failure instanceof WorkflowRunFailedException failed ? failed.getRequestId() : null);
        } else if (!exchange.isFailed() && exchange.getMessage().getBody() instanceof WorkflowRun run) {
            put(tags, RUN_ID, run.runId());
            put(tags, RUN_STATUS, name(run.status()));
            put(tags, REQUEST_ID, run.requestId());
            if (run.alreadyStarted()) {
                tags.put(ALREADY_STARTED, "true");
            }
        }
        return tags;
    }

    private static String header(Exchange exchange, String name, String otherwise) {
        Object value = exchange.getMessage().getHeader(name);
        return value == null ? otherwise : value.toString();
    }

    private static String name(RunStatus status) {
        return status == null ? null : status.name();
    }

    private static void put(Map<String, String> tags, String key, String value) {
        if (value != null && !value.isEmpty()) {
            tags.put(key, value);
        }
    }
}
