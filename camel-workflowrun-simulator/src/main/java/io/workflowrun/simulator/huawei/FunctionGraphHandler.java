package io.workflowrun.simulator.huawei;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.workflowrun.simulator.Ids;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.ProviderHandler;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorContext;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;

/**
 * Huawei Cloud FunctionGraph's flow executions behind API Gateway: start
 * ({@code POST /v2/{project_id}/fgs/workflows/{workflow_id}/executions}), status ({@code GET .../executions/{id}}) and
 * terminate ({@code POST .../executions/{id}/terminate}), each AK/SK-verified by {@link ApigSignatureVerifier}.
 * <p>
 * Any path prefix before {@code /v2/} is accepted (and signed), as behind a reverse proxy. A started flow finishes at
 * once with status {@code success}, its output echoing its input.
 */
public final class FunctionGraphHandler implements ProviderHandler {

    public static final String ID = "huawei-functiongraph";

    private static final Pattern EXECUTIONS = Pattern.compile(
            ".*?/v2/(?<project>[^/]+)/fgs/workflows/(?<workflow>[^/]+)/executions"
            + "(?:/(?<execution>[^/]+)(?<terminate>/terminate)?)?/?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Map<String, Execution> executions = new ConcurrentHashMap<>();

    private record Execution(SimulatedRun run, String project, Object headers, String status) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SimulatorResponse handle(SimulatorRequest request, SimulatorContext context) {
        String requestId = Ids.uuid().replace("-", "");
        // API Gateway finds the API before it knows how to authenticate the call
        Matcher route = EXECUTIONS.matcher(request.rawPath());
        if (!route.matches() || !allowed(request.method(), route)) {
            return error(404, "APIGW.0101", "The API does not exist or has not been published in the environment", requestId);
        }
        String refusal = ApigSignatureVerifier.refusal(request, context);
        if (refusal != null) {
            return error(401, ApigSignatureVerifier.AUTH_ERROR_CODE, refusal, requestId);
        }
        String project = ApigSignatureVerifier.percentDecode(route.group("project"));
        String workflow = ApigSignatureVerifier.percentDecode(route.group("workflow"));
        if (route.group("execution") == null) {
            return start(request, context, project, workflow, requestId);
        }
        String executionId = ApigSignatureVerifier.percentDecode(route.group("execution"));
        Execution execution = executions.get(executionId);
        if (execution == null || !execution.project().equals(project) || !execution.run().workflowId().equals(workflow)) {
            return error(404, "FSS.0404", "flow execution not found: " + executionId, requestId);
        }
        if (route.group("terminate") != null) {
            executions.put(execution.run().runId(),
                    new Execution(execution.run(), project, execution.headers(), "cancel"));
            return SimulatorResponse.empty(200).withHeader("X-Request-Id", requestId);
        }
        return SimulatorResponse.json(200, describe(execution)).withHeader("X-Request-Id", requestId);
    }

    private static boolean allowed(String method, Matcher route) {
        boolean read = route.group("execution") != null && route.group("terminate") == null;
        return method.equals(read ? "GET" : "POST");
    }

    private SimulatorResponse start(SimulatorRequest request, SimulatorContext context, String project, String workflow,
            String requestId) {
        Map<String, Object> body = JsonBodies.object(request);
        if (body == null || !(body.get("input") instanceof Map<?, ?> input)) {
            return error(400, "FSS.0400", "invalid request body: input is required and must be an object", requestId);
        }
        Object headers = body.get("headers");
        if (headers != null && !(headers instanceof Map<?, ?>)) {
            return error(400, "FSS.0400", "invalid request body: headers must be an object", requestId);
        }
        @SuppressWarnings("unchecked")
        SimulatedRun run = context.startRun(id(), workflow, Ids.uuid(), new LinkedHashMap<>((Map<String, Object>) input));
        executions.put(run.runId(), new Execution(run, project, headers, "success"));
        return SimulatorResponse.json(200, Map.of("execution_id", run.runId())).withHeader("X-Request-Id", requestId);
    }

    private static Map<String, Object> describe(Execution execution) {
        SimulatedRun run = execution.run();
        String time = TIME.format(run.startedAt());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("workflow_id", run.workflowId());
        answer.put("workflow_urn", "urn:fss:sim-region:" + execution.project() + ":workflow:default:" + run.workflowId()
                                   + ":latest");
        answer.put("execution_id", run.runId());
        answer.put("status", execution.status());
        answer.put("headers", execution.headers());
        answer.put("input", run.parameters());
        answer.put("output", run.parameters());
        answer.put("begin_time", time);
        answer.put("end_time", time);
        answer.put("last_update_time", time);
        return answer;
    }

    /** The error shape of API Gateway and FunctionGraph: {@code {error_code, error_msg, request_id}}. */
    public static SimulatorResponse error(int status, String code, String message, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("error_msg", message);
        body.put("request_id", requestId);
        return SimulatorResponse.json(status, body).withHeader("X-Request-Id", requestId);
    }
}
