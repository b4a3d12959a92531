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
package io.workflowrun.camel.provider.alibaba;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.signing.Acs3Signer;
import io.workflowrun.camel.spi.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.model.RunStatus;

/**
 * Maps runs to SchedulerX's {@code ExecuteWorkflow} (trigger), {@code GetWorkflowInstance} (status) and
 * {@code StopInstance} (cancel), and reads their answers.
 * <p>
 * Each request is the one the official SDK sends: {@code GET /} with every parameter in the query string and no body
 * (the generated client declares these three calls as GET with query parameters only), the action and version in
 * {@code x-acs-action} and {@code x-acs-version}.
 */
final class SchedulerxClient implements ProviderClient {

    static final String ACTION = "ExecuteWorkflow";
    static final String STATUS_ACTION = "GetWorkflowInstance";
    static final String STOP_ACTION = "StopInstance";
    static final String VERSION = "2019-04-30";
    /** SchedulerX's documented limit on {@code InstanceParameters}, in bytes. */
    static final int MAX_INSTANCE_PARAMETERS_BYTES = 1000;

    private final URI baseUrl;
    /** The parameters every call sends: the endpoint's region, namespace and group. */
    private final Map<String, String> endpointParameters;
    private final RequestSigner signer;

    SchedulerxClient(URI baseUrl, String region, String namespace, String namespaceSource, String groupId,
            Credentials credentials, Supplier<String> nonces) {
        this.baseUrl = baseUrl;
        Map<String, String> parameters = new TreeMap<>();
        parameters.put("RegionId", region);
        parameters.put("Namespace", namespace);
        if (namespaceSource != null) {
            parameters.put("NamespaceSource", namespaceSource);
        }
        parameters.put("GroupId", groupId);
        this.endpointParameters = Map.copyOf(parameters);
        this.signer = new Acs3Signer(credentials, nonces);
    }

    @Override
    public HttpCall call(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> trigger(request);
            case status -> status(request);
            case cancel -> cancel(request);
        };
    }

    private HttpCall trigger(RunRequest request) {
        Map<String, String> query = new TreeMap<>();
        query.put("WorkflowId", Long.toString(workflowIdOf(request)));
        if (request.text() != null) {
            query.put("InstanceParameters", instanceParameters(request.text(), "the message body, as text"));
        } else if (request.parameters() != null) {
            query.put("InstanceParameters", instanceParameters(new String(Json.write(request.parameters()), StandardCharsets.UTF_8),
                    "the message body as JSON"));
        }
        return signedGet(ACTION, query, request);
    }

    /** {@code InstanceParameters} is free text in the API: a workflow may expect plain text rather than JSON. */
    @Override
    public boolean takesText() {
        return true;
    }

    /** {@code GetWorkflowInstance} wants the workflow as well as the instance. */
    private HttpCall status(RunRequest request) {
        String runId = request.requireRunId("WfInstanceId");
        Map<String, String> query = new TreeMap<>();
        query.put("WorkflowId", Long.toString(workflowIdOf(request)));
        query.put("WfInstanceId", Long.toString(integer(runId, "Header " + RunRequest.RUN_ID_HEADER, "WfInstanceId")));
        return signedGet(STATUS_ACTION, query, request);
    }

    /** {@code StopInstance} stops one job instance: the running one that the last status put on the message. */
    private HttpCall cancel(RunRequest request) {
        String jobId = request.numericHeaderId(SchedulerxConstants.JOB_ID);
        String jobInstanceId = request.numericHeaderId(SchedulerxConstants.JOB_INSTANCE_ID);
        if (jobId == null || jobInstanceId == null) {
            throw new IllegalArgumentException("SchedulerX stops a workflow instance by stopping its running job instance, and"
                                               + " StopInstance stops only a running job instance: set headers "
                                               + SchedulerxConstants.JOB_ID + " and " + SchedulerxConstants.JOB_INSTANCE_ID
                                               + " (operation=status sets them while a job instance is running, and clears them"
                                               + " while none is: then there is nothing to stop yet, or any more)");
        }
        Map<String, String> query = new TreeMap<>();
        query.put("JobId", Long.toString(integer(jobId, "Header " + SchedulerxConstants.JOB_ID, "JobId")));
        query.put("InstanceId", Long.toString(integer(jobInstanceId, "Header " + SchedulerxConstants.JOB_INSTANCE_ID, "InstanceId")));
        return signedGet(STOP_ACTION, query, request);
    }

    /** The call as the official SDK sends these three actions: GET, every parameter in the query, no body. */
    private HttpCall signedGet(String action, Map<String, String> actionParameters, RunRequest request) {
        // sorted, so the query on the wire is already the canonical query that is signed
        Map<String, String> query = new TreeMap<>(actionParameters);
        query.putAll(endpointParameters);
        URI uri = URI.create(baseUrl + "/?" + Acs3Signer.encodeParameters(query));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", VERSION);
        headers.put("Accept", "application/json");
        byte[] body = new byte[0];
        return signer.sign(HttpCall.of("GET", uri, headers, body), request.now());
    }

    private static long workflowIdOf(RunRequest request) {
        return workflowId(request.requireWorkflowId(SchedulerxProvider.ID, "workflowId"),
                "The workflowId (endpoint URI or header " + RunRequest.WORKFLOW_ID_HEADER + ")");
    }

    /** SchedulerX's workflow, instance and job IDs are all integers: ID headers may hold them as numbers. */
    @Override
    public boolean numericIds() {
        return true;
    }

    /** Alibaba Cloud's gateway refuses a key or signature with its own codes ({@link Acs3Signer#CREDENTIAL_ERROR_CODES}). */
    @Override
    public boolean isAuthenticationRefused(WorkflowRunException error) {
        return ProviderClient.refusesCredentials(error, Acs3Signer.CREDENTIAL_ERROR_CODES.toArray(String[]::new));
    }

    /** Alibaba's gateway throttles with Throttling, Throttling.User, Throttling.Api and the like. */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 || error.getErrorCode() != null && error.getErrorCode().startsWith("Throttling");
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (json == null) {
            throw Replies.unexpected(SchedulerxProvider.ID, reply, reply.isSuccess() ? expected(request) : null, null);
        }
        String requestId = Replies.text(json, "RequestId");
        // errors come as HTTP errors from the gateway, or as HTTP 200 with Success false / a Code other than 200
        if (!reply.isSuccess() || Boolean.FALSE.equals(json.get("Success")) || !isOkCode(json.get("Code"))) {
            throw new WorkflowRunException(SchedulerxProvider.ID, reply.status(), Replies.text(json, "Code"),
                    Replies.text(json, "Message"), requestId);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, json, requestId);
            case status -> instance(request, reply, json, requestId);
            // StopInstance answers only {Code, Success}: the job instance is stopped, and with it the run
            case cancel -> new WorkflowRun(SchedulerxProvider.ID, request.workflowId(), request.runId(), RunStatus.CANCELLED,
                    null, null, null, requestId, json);
        };
    }

    private static String expected(RunRequest request) {
        return switch (request.operation()) {
            case trigger -> "Data.WfInstanceId";
            case status -> "Data.WfInstanceInfo.Status";
            case cancel -> "StopInstance's answer";
        };
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String runId = Replies.text(json, "Data", "WfInstanceId");
        if (runId == null) {
            throw Replies.unexpected(SchedulerxProvider.ID, reply, "Data.WfInstanceId", requestId);
        }
        // ExecuteWorkflow only starts the instance: it reports no status, so none is claimed here
        return new WorkflowRun(SchedulerxProvider.ID, request.workflowId(), runId, null, null, null, null, requestId, json);
    }

    private static WorkflowRun instance(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        Object status = Replies.path(json, "Data", "WfInstanceInfo", "Status");
        if (!(status instanceof Number code)) {
            throw Replies.unexpected(SchedulerxProvider.ID, reply, "Data.WfInstanceInfo.Status", requestId);
        }
        RunStatus unified = SchedulerxStatus.of(code.intValue());
        String error = unified == RunStatus.FAILED ? failedJobs(nodes(json)) : null;
        return new WorkflowRun(SchedulerxProvider.ID, request.workflowId(), request.runId(), unified,
                Integer.toString(code.intValue()), null, error, requestId, json);
    }

    /**
     * For a status answer: the running job instance, the one cancel would stop; null values when none runs, since
     * StopInstance stops only a running job instance (a waiting one is refused).
     */
    @Override
    public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        if (run.raw() == null || Replies.path(run.raw(), "Data", "WfInstanceInfo") == null) {
            return Map.of();
        }
        Map<String, Object> active = null;
        for (Map<String, Object> node : nodes(run.raw())) {
            if (node.get("Status") instanceof Number code && code.intValue() == SchedulerxStatus.RUNNING) {
                active = node;
                break;
            }
        }
        Map<String, Object> headers = new HashMap<>();
        headers.put(SchedulerxConstants.JOB_ID, active == null ? null : Replies.text(active, "JobId"));
        headers.put(SchedulerxConstants.JOB_INSTANCE_ID, active == null ? null : Replies.text(active, "JobInstanceId"));
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> json) {
        Object nodes = Replies.path(json, "Data", "WfInstanceDag", "Nodes");
        if (!(nodes instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(node -> (Map<String, Object>) node).toList();
    }

    /** SchedulerX reports no error text for the instance; its failed job instances' results are the nearest thing. */
    private static String failedJobs(List<Map<String, Object>> nodes) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> node : nodes) {
            if (node.get("Status") instanceof Number code && code.intValue() == SchedulerxStatus.FAILED) {
                String name = Replies.text(node, "JobName");
                String result = Replies.text(node, "Result");
                failures.add((name != null ? name : "job " + Replies.text(node, "JobId")) + " (job instance "
                             + Replies.text(node, "JobInstanceId") + ") failed" + (result != null ? ": " + result : ""));
            }
        }
        return failures.isEmpty() ? null : String.join("; ", failures);
    }

    /** An ID that SchedulerX takes as a long integer. */
    private static long integer(String text, String where, String parameter) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + " is '" + text + "', but SchedulerX's " + parameter + " is an integer");
        }
    }

    /** The workflow ID as SchedulerX takes it: an integer. */
    static long workflowId(String text, String what) {
        return integer(text, what, "WorkflowId");
    }

    private static String instanceParameters(String text, String what) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_INSTANCE_PARAMETERS_BYTES) {
            throw new IllegalArgumentException("InstanceParameters (" + what + ") is " + bytes
                                               + " bytes of UTF-8, but SchedulerX accepts at most "
                                               + MAX_INSTANCE_PARAMETERS_BYTES);
        }
        return text;
    }

    private static boolean isOkCode(Object code) {
        return code == null || "200".equals(code.toString());
    }
}
