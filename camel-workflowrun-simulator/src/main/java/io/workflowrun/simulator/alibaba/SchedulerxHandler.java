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
package io.workflowrun.simulator.alibaba;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Alibaba Cloud SchedulerX (API version 2019-04-30) behind the POP API gateway: {@code ExecuteWorkflow},
 * {@code GetWorkflowInstance} and {@code StopInstance}, RPC style, signed with {@code ACS3-HMAC-SHA256} (see
 * {@link Acs3Verifier}). Each simulated workflow runs one job, whose job instance follows the run's timeline.
 * <p>
 * Parameters are read from the query string and, for a POST, from a form body, as the gateway takes RPC parameters
 * from either. RPC calls go to the root of the endpoint; a path prefix before it is taken as a proxy's route, and is
 * signed like any path. Gateway errors have the gateway's shape {@code {RequestId, HostId, Code, Message, Recommend}};
 * SchedulerX's own answers the shape {@code {Code, Message, RequestId, Success, Data}}.
 */
public final class SchedulerxHandler implements ProviderHandler {

    public static final String ID = "alibaba-schedulerx";
    static final String VERSION = "2019-04-30";
    static final int MAX_INSTANCE_PARAMETERS_BYTES = 1000;
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "ExecuteWorkflow", List.of("RegionId", "Namespace", "GroupId", "WorkflowId"),
            "GetWorkflowInstance", List.of("RegionId", "Namespace", "GroupId", "WorkflowId", "WfInstanceId"),
            "StopInstance", List.of("RegionId", "Namespace", "GroupId", "JobId", "InstanceId"));
    private static final List<String> LONGS = List.of("WorkflowId", "WfInstanceId", "JobId", "InstanceId");
    /** The job each simulated workflow runs, as in Alibaba's GetWorkflowInstance example. */
    static final long JOB_ID = 1472L;
    static final String JOB_NAME = "TestJob";
    /** SchedulerX's times: "2023-01-03 18:00:01", Beijing time as the console shows them. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Acs3Verifier verifier = new Acs3Verifier(ID);
    private final AtomicLong instanceIds = new AtomicLong(1_000_000L);
    private final AtomicLong jobInstanceIds = new AtomicLong(24_000_000L);
    private final Map<String, Long> jobInstanceOfRun = new ConcurrentHashMap<>();
    private final Map<Long, String> runOfJobInstance = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderSample sample() {
        return ProviderSample.signed(ID, "111", Map.of("region", "cn-hangzhou",
                "namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc0000", "groupId", "example.defaultGroup"));
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        Acs3Verifier.Rejection rejection = verifier.verify(request, context);
        if (rejection != null) {
            return gatewayError(request, rejection.status(), rejection.code(), rejection.message());
        }
        if (!VERSION.equals(request.header("x-acs-version"))) {
            return gatewayError(request, 400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        String action = request.header("x-acs-action");
        List<String> required = REQUIRED.get(action);
        if (required == null || !request.rawPath().endsWith("/")) {
            return gatewayError(request, 404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method.");
        }
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            return gatewayError(request, 400, "UnsupportedHTTPMethod", "This http method is not supported.");
        }
        Map<String, String> parameters = RpcParameters.of(request);
        for (String name : required) {
            if (parameters.get(name) == null || parameters.get(name).isEmpty()) {
                return gatewayError(request, 400, "Missing" + name, name + " is mandatory for this action.");
            }
        }
        for (String name : LONGS) {
            if (parameters.containsKey(name) && !parameters.get(name).matches("-?\\d{1,18}")) {
                return gatewayError(request, 400, "InvalidParameter", "Specified parameter " + name + " is not valid.");
            }
        }
        return switch (action) {
            case "GetWorkflowInstance" -> workflowInstance(parameters, context);
            case "StopInstance" -> stopInstance(parameters, context);
            default -> executeWorkflow(parameters, context);
        };
    }

    private SimulatorResponse executeWorkflow(Map<String, String> parameters, SimulatorContext context) {
        String instanceParameters = parameters.get("InstanceParameters");
        if (instanceParameters != null
            && instanceParameters.getBytes(StandardCharsets.UTF_8).length > MAX_INSTANCE_PARAMETERS_BYTES) {
            return answer(400, false, "InstanceParameters is longer than " + MAX_INSTANCE_PARAMETERS_BYTES + " bytes.", null);
        }
        SimulatedRun run = context.startRun(ID, parameters.get("WorkflowId"), Long.toString(instanceIds.incrementAndGet()),
                runParameters(instanceParameters));
        // the simulated workflow is one job: its job instance is the one StopInstance stops
        long jobInstanceId = jobInstanceIds.incrementAndGet();
        jobInstanceOfRun.put(run.runId(), jobInstanceId);
        runOfJobInstance.put(jobInstanceId, run.runId());
        return answer(200, true, null, Map.of("WfInstanceId", Long.parseLong(run.runId())));
    }

    /** {@code GetWorkflowInstance}: the instance's status and its DAG of one job instance. */
    private SimulatorResponse workflowInstance(Map<String, String> parameters, SimulatorContext context) {
        String wfInstanceId = parameters.get("WfInstanceId");
        SimulatedRun run = context.run(ID, wfInstanceId);
        if (run == null || !run.workflowId().equals(parameters.get("WorkflowId"))) {
            return answer(500, false, "wfInstanceId=" + wfInstanceId + " is not existed", null);
        }
        RunState state = context.stateOf(run);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("Status", workflowStatus(state));
        info.put("StartTime", TIME.format(run.startedAt()));
        Instant end = context.endOf(run, state);
        if (end != null) {
            info.put("EndTime", TIME.format(end));
        }
        info.put("ScheduleTime", TIME.format(run.startedAt()));
        info.put("DataTime", TIME.format(run.startedAt()));

        Map<String, Object> node = new LinkedHashMap<>();
        node.put("JobInstanceId", jobInstanceOfRun.get(run.runId()));
        node.put("JobId", JOB_ID);
        node.put("JobName", JOB_NAME);
        node.put("Status", jobStatus(state));
        if (state != RunState.PENDING) {
            node.put("StartTime", TIME.format(run.startedAt().plus(run.pending())));
            node.put("WorkAddr", "127.0.0.1:34027");
        }
        if (end != null) {
            node.put("EndTime", TIME.format(end));
        }
        node.put("ScheduleTime", TIME.format(run.startedAt()));
        node.put("DataTime", TIME.format(run.startedAt()));
        node.put("Attempt", 0);
        String result = result(state);
        if (result != null) {
            node.put("Result", result);
        }
        Map<String, Object> dag = new LinkedHashMap<>();
        dag.put("Nodes", List.of(node));
        dag.put("Edges", List.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("WfInstanceInfo", info);
        data.put("WfInstanceDag", dag);
        return answer(200, true, null, data);
    }

    /**
     * {@code StopInstance} ("terminates an instance that is running"): stops a running job instance, which ends its
     * workflow instance failed. A job instance that is waiting, or has ended, is not stopped: {@code Success: false},
     * and the instance goes on as it was.
     */
    private SimulatorResponse stopInstance(Map<String, String> parameters, SimulatorContext context) {
        String runId = runOfJobInstance.get(Long.parseLong(parameters.get("InstanceId")));
        SimulatedRun run = runId == null ? null : context.run(ID, runId);
        if (run == null || !Long.toString(JOB_ID).equals(parameters.get("JobId"))) {
            return answer(500, false, "instanceId=" + parameters.get("InstanceId") + " is not existed", null);
        }
        if (context.stateOf(run) != RunState.RUNNING || !context.cancel(run)) {
            return answer(500, false, "instanceId=" + parameters.get("InstanceId") + " is not running", null);
        }
        return answer(200, true, null, null);
    }

    /** {@code WfInstanceInfo.Status}: 1 pending, 2 preparing, 3 running, 4 successful, 5 failed; no cancelled. */
    static int workflowStatus(RunState state) {
        return switch (state) {
            case PENDING -> 1;
            case RUNNING -> 3;
            case SUCCEEDED -> 4;
            case FAILED, CANCELLED -> 5;
        };
    }

    /** A job instance's Status: 1 waiting, 3 running, 4 success, 5 failed (9 rejected is not simulated). */
    static int jobStatus(RunState state) {
        return workflowStatus(state);
    }

    private static String result(RunState state) {
        return switch (state) {
            case PENDING, RUNNING -> null;
            case SUCCEEDED -> "code=200";
            case FAILED -> "code=500, simulated job failure";
            // what SchedulerX's official worker (alibaba/schedulerx-worker-go) reports for a job it was told to kill
            case CANCELLED -> "killed";
        };
    }

    /** SchedulerX's own answer: always HTTP 200, success or not. */
    private static SimulatorResponse answer(int code, boolean success, String message, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", code);
        if (message != null) {
            body.put("Message", message);
        }
        body.put("RequestId", requestId());
        body.put("Success", success);
        if (data != null) {
            body.put("Data", data);
        }
        return SimulatorResponse.json(200, body);
    }

    @Override
    public SimulatorResponse throttled(SimulatorRequest request) {
        return gatewayError(request, 400, "Throttling.User", "Request was denied due to user flow control.");
    }

    /** The API gateway's error answer. */
    public static SimulatorResponse gatewayError(SimulatorRequest request, int status, String code, String message) {
        String requestId = requestId();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", requestId);
        body.put("HostId", request.header("host"));
        body.put("Code", code);
        body.put("Message", message);
        body.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=schedulerx2&requestId=" + requestId);
        return SimulatorResponse.json(status, body);
    }

    /** The simulated workflow's parameters: InstanceParameters as a JSON object where it is one, else as text. */
    private static Map<String, Object> runParameters(String instanceParameters) {
        if (instanceParameters == null) {
            return Map.of();
        }
        Map<String, Object> json = JsonBodies.object(instanceParameters);
        // not a JSON object: SchedulerX passes the text to the workflow as it is
        return json != null ? json : Map.of("InstanceParameters", instanceParameters);
    }

    private static String requestId() {
        return Ids.uuid().toUpperCase(Locale.ROOT);
    }
}
