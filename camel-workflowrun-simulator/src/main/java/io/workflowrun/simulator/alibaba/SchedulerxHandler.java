package io.workflowrun.simulator.alibaba;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Alibaba Cloud SchedulerX (API version 2019-04-30) behind the POP API gateway: {@code ExecuteWorkflow}, RPC style,
 * signed with {@code ACS3-HMAC-SHA256} (see {@link Acs3Verifier}).
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REQUIRED = List.of("RegionId", "Namespace", "GroupId", "WorkflowId");

    private final Acs3Verifier verifier = new Acs3Verifier(ID);
    private final AtomicLong instanceIds = new AtomicLong(1_000_000L);

    @Override
    public String id() {
        return ID;
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
        if (!"ExecuteWorkflow".equals(request.header("x-acs-action")) || !request.rawPath().endsWith("/")) {
            return gatewayError(request, 404, "InvalidApi.NotFound", "Specified api is not found, please check your url and method.");
        }
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            return gatewayError(request, 400, "UnsupportedHTTPMethod", "This http method is not supported.");
        }
        Map<String, String> parameters = parameters(request);
        for (String name : REQUIRED) {
            if (parameters.get(name) == null || parameters.get(name).isEmpty()) {
                return gatewayError(request, 400, "Missing" + name, name + " is mandatory for this action.");
            }
        }
        String workflowId = parameters.get("WorkflowId");
        if (!workflowId.matches("-?\\d{1,18}")) {
            return gatewayError(request, 400, "InvalidParameter", "Specified parameter WorkflowId is not valid.");
        }
        String instanceParameters = parameters.get("InstanceParameters");
        if (instanceParameters != null
            && instanceParameters.getBytes(StandardCharsets.UTF_8).length > MAX_INSTANCE_PARAMETERS_BYTES) {
            return answer(400, false, "InstanceParameters is longer than " + MAX_INSTANCE_PARAMETERS_BYTES + " bytes.", null);
        }

        SimulatedRun run = context.startRun(ID, workflowId, Long.toString(instanceIds.incrementAndGet()),
                runParameters(instanceParameters));
        return answer(200, true, null, Map.of("WfInstanceId", Long.parseLong(run.runId())));
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

    private static Map<String, String> parameters(SimulatorRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        readForm(request.rawQuery(), parameters);
        String contentType = request.header("content-type");
        if (request.method().equals("POST") && contentType != null
            && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            readForm(request.bodyText(), parameters);
        }
        return parameters;
    }

    private static void readForm(String form, Map<String, String> into) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int split = pair.indexOf('=');
            String name = URLDecoder.decode(split < 0 ? pair : pair.substring(0, split), StandardCharsets.UTF_8);
            into.put(name, split < 0 ? "" : URLDecoder.decode(pair.substring(split + 1), StandardCharsets.UTF_8));
        }
    }

    /** The simulated workflow's parameters: InstanceParameters as a JSON object where it is one, else as text. */
    private static Map<String, Object> runParameters(String instanceParameters) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (instanceParameters == null) {
            return parameters;
        }
        try {
            Object value = JSON.readValue(instanceParameters, Object.class);
            if (value instanceof Map<?, ?> map) {
                map.forEach((key, item) -> parameters.put(String.valueOf(key), item));
                return parameters;
            }
        } catch (IOException e) {
            // not JSON: SchedulerX passes the text to the workflow as it is
        }
        parameters.put("InstanceParameters", instanceParameters);
        return parameters;
    }

    private static String requestId() {
        return Ids.uuid().toUpperCase(Locale.ROOT);
    }
}
