package io.workflowrun.camel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalogue of bad inputs (endpoint URIs and options, headers, bodies, provider answers) for all five providers:
 * each fails with the exception a route can tell apart, and its message names the culprit, never a secret.
 */
class BadInputCatalogueTest extends SimulatorTestSupport {

    private static final String TENCENT_WORKFLOW = "9f551833-2150-4772-8ec1-78019779617c";
    private static final String HUAWEI_WORKFLOW = "48aff955-ea10-4ffd-b426-190bc192dc14";
    private static final String INTERACTLY_WORKFLOW = "5eb7cf5a86d9755df3a6c593";
    private static final String SIGNED = "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")";

    /**
     * One bad input.
     *
     * @param name    what is wrong, as the test is named
     * @param attempt makes the attempt and returns its failure
     * @param type    the exception expected
     * @param culprit what the message must say (the option, header or field, and what is wrong with it)
     */
    record Bad(String name, Function<BadInputCatalogueTest, Throwable> attempt, Class<? extends Throwable> type, List<String> culprit) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Bad bad(String name, Function<BadInputCatalogueTest, Throwable> attempt, Class<? extends Throwable> type, String... culprit) {
        return new Bad(name, attempt, type, Arrays.asList(culprit));
    }

    // ---- endpoints for each provider, with one part left out or changed

    private static String tencent(String options) {
        return "workflowrun:tencent-wedata:" + TENCENT_WORKFLOW + "?" + options + "&baseUrl=" + simulator.baseUrl("tencent-wedata");
    }

    private static String tencent() {
        return tencent("region=ap-guangzhou&projectId=1" + SIGNED);
    }

    private static String alibaba(String workflowId, String options) {
        return "workflowrun:alibaba-schedulerx:" + workflowId + "?" + options + "&baseUrl=" + simulator.baseUrl("alibaba-schedulerx");
    }

    private static String alibaba() {
        return alibaba("111", "region=cn-hangzhou&namespace=ns-1&groupId=group.default" + SIGNED);
    }

    private static String huawei(String options) {
        return "workflowrun:huawei-functiongraph:" + HUAWEI_WORKFLOW + "?" + options + "&baseUrl=" + simulator.baseUrl("huawei-functiongraph");
    }

    private static String huawei() {
        return huawei("region=cn-north-4&projectId=0b1a2c3d4e5f40718293a4b5c6d7e8f9" + SIGNED);
    }

    private static String interactly() {
        return "workflowrun:interactly:" + INTERACTLY_WORKFLOW + "?apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")&teamId=t&baseUrl="
               + simulator.baseUrl("interactly");
    }

    private static String dify(String more) {
        return "workflowrun:dify?apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")&user=u&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    private static String dify() {
        return dify("");
    }

    // ---- how each kind of input is tried

    private Throwable endpoint(String uri) {
        try {
            context.getEndpoint(uri);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private Throwable message(String uri, Object body, Object... headers) {
        Exchange out = template.request(uri, e -> {
            e.getMessage().setBody(body);
            for (int i = 0; i < headers.length; i += 2) {
                e.getMessage().setHeader((String) headers[i], headers[i + 1]);
            }
        });
        return out.getException();
    }

    private Throwable answer(String provider, SimulatorResponse response, String uri, Object... headers) {
        simulator.injectNext(provider, response);
        return message(uri, Map.of("k", "v"), headers);
    }

    private static Map<Object, Object> nullKey() {
        Map<Object, Object> map = new HashMap<>();
        map.put(null, "v");
        return map;
    }

    static Stream<Bad> catalogue() {
        Class<ResolveEndpointFailedException> uri = ResolveEndpointFailedException.class;
        Class<IllegalArgumentException> input = IllegalArgumentException.class;
        Class<WorkflowRunException> answer = WorkflowRunException.class;
        // a success answer to a trigger that names no run, or a gateway's "forwarded, answer lost": the run may exist
        Class<WorkflowRunMaybeStartedException> maybe = WorkflowRunMaybeStartedException.class;
        String op = WorkflowRunConstants.OPERATION;
        String runId = WorkflowRunConstants.RUN_ID;
        String workflowId = WorkflowRunConstants.WORKFLOW_ID;
        return Stream.of(
                // endpoint URIs and options
                bad("uri: no provider", t -> t.endpoint("workflowrun:?apiKey=k"), uri, "provider"),
                bad("uri: tencent without region", t -> t.endpoint(tencent("projectId=1" + SIGNED)), uri,
                        "Option region is required for provider tencent-wedata"),
                bad("uri: tencent without projectId", t -> t.endpoint(tencent("region=ap-guangzhou" + SIGNED)), uri,
                        "Option projectId is required"),
                bad("uri: tencent without secretKey", t -> t.endpoint(tencent("region=ap-guangzhou&projectId=1&accessKey=a")), uri,
                        "Option secretKey is required"),
                bad("uri: tencent without accessKey", t -> t.endpoint(tencent("region=ap-guangzhou&projectId=1&secretKey=s")), uri,
                        "Option accessKey is required"),
                bad("uri: alibaba without namespace", t -> t.endpoint(alibaba("111", "region=cn-hangzhou&groupId=g" + SIGNED)), uri,
                        "Option namespace is required for provider alibaba-schedulerx"),
                bad("uri: alibaba without groupId", t -> t.endpoint(alibaba("111", "region=cn-hangzhou&namespace=n" + SIGNED)), uri,
                        "Option groupId is required"),
                bad("uri: alibaba region not a region ID", t -> t.endpoint(alibaba("111", "region=Hang Zhou&namespace=n&groupId=g" + SIGNED)),
                        uri, "Option region 'Hang Zhou'"),
                bad("uri: alibaba workflowId not an integer", t -> t.endpoint(alibaba("wf-1", "region=cn-hangzhou&namespace=n&groupId=g" + SIGNED)),
                        uri, "'wf-1'", "WorkflowId is an integer"),
                bad("uri: huawei without projectId", t -> t.endpoint(huawei("region=cn-north-4" + SIGNED)), uri,
                        "Option projectId is required for provider huawei-functiongraph"),
                bad("uri: huawei region not a region ID", t -> t.endpoint(huawei("region=north_4&projectId=p" + SIGNED)), uri,
                        "Option region is 'north_4'"),
                bad("uri: huawei without secretKey", t -> t.endpoint(huawei("region=cn-north-4&projectId=p&accessKey=a")), uri,
                        "Option secretKey is required"),
                bad("uri: interactly workflowId not an ObjectId", t -> t.endpoint(
                        "workflowrun:interactly:5EB7?apiKey=k&teamId=t&baseUrl=http://127.0.0.1:1"), uri, "'5EB7'", "workflowId",
                        "ObjectId"),
                bad("uri: interactly negative versionNumber", t -> t.endpoint(interactly() + "&versionNumber=-1"), uri,
                        "Option versionNumber is -1"),
                bad("uri: dify without user", t -> t.endpoint("workflowrun:dify?apiKey=k&baseUrl=http://127.0.0.1:1/v1"), uri,
                        "Option user is required for provider dify"),
                bad("option: maxAttempts not a number", t -> t.endpoint(dify("&maxAttempts=three")), uri, "maxAttempts", "three"),
                bad("option: retryDelay above maxRetryDelay", t -> t.endpoint(dify("&retryDelay=500&maxRetryDelay=100")), uri,
                        "Option retryDelay", "maxRetryDelay"),
                bad("option: waitTimeout zero", t -> t.endpoint(dify("&waitTimeout=0")), uri, "Option waitTimeout must be more than 0"),
                bad("option: connectTimeout zero", t -> t.endpoint(dify("&connectTimeout=0")), uri, "connectTimeout"),
                bad("option: requestTimeout negative", t -> t.endpoint(dify("&requestTimeout=-5")), uri, "requestTimeout"),
                bad("option: pollInterval negative", t -> t.endpoint(dify("&pollInterval=-1")), uri, "Option pollInterval"),
                bad("option: baseUrl with a query", t -> t.endpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=RAW(http://127.0.0.1:1/v1?x=1)"),
                        uri, "Option baseUrl"),
                bad("option: waitForCompletion not a boolean", t -> t.endpoint(dify("&waitForCompletion=sometimes")), uri,
                        "waitForCompletion", "sometimes"),
                // headers
                bad("header: operation unknown", t -> t.message(dify(), null, op, "restart"), input,
                        "Header " + op + " has the value 'restart'"),
                bad("header: tencent status without run ID", t -> t.message(tencent(), null, op, "status"), input,
                        "WorkflowExecutionId in header " + runId),
                bad("header: tencent task IDs of the wrong type", t -> t.message(tencent(), null,
                        WorkflowRunConstants.TENCENT_TASK_IDS, 42), input, WorkflowRunConstants.TENCENT_TASK_IDS),
                bad("header: alibaba workflowId not an integer", t -> t.message(alibaba(), null, workflowId, "wf-x"), input,
                        "'wf-x'", workflowId, "integer"),
                bad("header: alibaba status without run ID", t -> t.message(alibaba(), null, op, "status"), input,
                        "WfInstanceId in header " + runId),
                bad("header: alibaba cancel without job instance", t -> t.message(alibaba(), null, op, "cancel", runId, "1"), input,
                        WorkflowRunConstants.SCHEDULERX_JOB_ID, WorkflowRunConstants.SCHEDULERX_JOB_INSTANCE_ID),
                bad("header: huawei cancel without run ID", t -> t.message(huawei(), null, op, "cancel"), input,
                        "execution_id of the run in header " + runId),
                bad("header: huawei flow headers of the wrong type", t -> t.message(huawei(), null,
                        WorkflowRunConstants.HUAWEI_FLOW_HEADERS, List.of("x")), input, "Header " + WorkflowRunConstants.HUAWEI_FLOW_HEADERS),
                bad("header: interactly workflowId not an ObjectId", t -> t.message(interactly(), null, workflowId, "nope"), input,
                        "'nope' from header " + workflowId, "ObjectId"),
                bad("header: interactly run ID not an ObjectId", t -> t.message(interactly(), null, op, "status", runId, "run-1"),
                        input, "Interactly ID 'run-1' from header " + runId, "ObjectId"),
                bad("header: interactly runtime variables of the wrong type", t -> t.message(interactly(), null,
                        WorkflowRunConstants.INTERACTLY_RUNTIME_VARIABLES, 7), input, "Header " + WorkflowRunConstants.INTERACTLY_RUNTIME_VARIABLES),
                bad("header: dify status without run ID", t -> t.message(dify(), null, op, "status"), input,
                        "workflow_run_id in header " + runId),
                bad("header: dify cancel without task ID", t -> t.message(dify(), null, op, "cancel", runId, "r-1"), input,
                        "header " + WorkflowRunConstants.DIFY_TASK_ID),
                // bodies
                bad("body: not JSON", t -> t.message(dify(), "{oops"), input, "message body is not valid JSON", "line 1"),
                bad("body: JSON array", t -> t.message(tencent(), "[1, 2]"), input, "message body is JSON of type ArrayList",
                        "JSON object"),
                bad("body: JSON null", t -> t.message(huawei(), "null"), input, "message body is JSON null"),
                bad("body: bytes that are not JSON", t -> t.message(interactly(), "k=v".getBytes()), input, "message body is not valid JSON"),
                bad("body: a number", t -> t.message(dify(), 42), input, "message body of type java.lang.Integer"),
                bad("body: map with a null key", t -> t.message(alibaba(), nullKey()), input, "message body map has a null key"),
                bad("body: alibaba parameters too large", t -> t.message(alibaba(), Map.of("big", "x".repeat(1_000_000))), input,
                        "InstanceParameters (the message body as JSON)", "bytes"),
                // provider answers
                bad("answer: tencent without Response", t -> t.answer("tencent-wedata",
                        SimulatorResponse.json(200, Map.of("Data", Map.of())), tencent()), maybe, "HTTP 200", "Response"),
                bad("answer: tencent without WorkflowExecutionId", t -> t.answer("tencent-wedata",
                        SimulatorResponse.json(200, Map.of("Response", Map.of("RequestId", "r", "Data", Map.of()))), tencent()), maybe,
                        "Response.Data.WorkflowExecutionId"),
                bad("answer: tencent error code", t -> t.answer("tencent-wedata", SimulatorResponse.json(200, Map.of("Response",
                        Map.of("Error", Map.of("Code", "InvalidParameterValue", "Message", "ProjectId is invalid"), "RequestId", "r"))),
                        tencent()), answer, "InvalidParameterValue", "ProjectId is invalid"),
                bad("answer: alibaba without WfInstanceId", t -> t.answer("alibaba-schedulerx", SimulatorResponse.json(200,
                        Map.of("Code", 200, "Success", true, "RequestId", "r", "Data", Map.of())), alibaba()), maybe, "Data.WfInstanceId"),
                bad("answer: alibaba gateway error", t -> t.answer("alibaba-schedulerx", SimulatorResponse.json(403,
                        Map.of("Code", "Forbidden.RAM", "Message", "User not authorized to operate on the specified resource.",
                                "RequestId", "r")), alibaba()), answer, "Forbidden.RAM", "not authorized"),
                bad("answer: huawei without execution_id", t -> t.answer("huawei-functiongraph",
                        SimulatorResponse.json(202, Map.of("status", "running")), huawei()), maybe, "execution_id"),
                bad("answer: huawei HTML error page", t -> t.answer("huawei-functiongraph",
                        SimulatorResponse.text(503, "text/html", "<html>Service Unavailable</html>"), huawei()), answer, "HTTP 503", "text/html"),
                bad("answer: huawei gateway's 502", t -> t.answer("huawei-functiongraph",
                        SimulatorResponse.text(502, "text/html", "<html>Bad Gateway</html>"), huawei()), maybe, "HTTP 502", "gateway"),
                bad("answer: interactly without run_id", t -> t.answer("interactly",
                        SimulatorResponse.json(200, Map.of("status", "running")), interactly()), maybe, "run_id"),
                bad("answer: interactly status without workflow_run", t -> t.answer("interactly",
                        SimulatorResponse.json(200, Map.of("x", 1)), interactly(), op, "status", runId, INTERACTLY_WORKFLOW), answer,
                        "workflow_run.workflow_run.status"),
                bad("answer: dify without workflow_run_id", t -> t.answer("dify",
                        SimulatorResponse.json(200, Map.of("task_id", "t")), dify()), maybe, "workflow_run_id"),
                bad("answer: dify stream ends before the run", t -> t.answer("dify", SimulatorResponse.eventStream(List.of(
                        Map.of("event", "ping"))), dify("&responseMode=streaming")), maybe, "event stream ended"),
                bad("answer: dify status without status", t -> t.answer("dify", SimulatorResponse.json(200, Map.of("id", "r-1")),
                        dify(), op, "status", runId, "r-1"), answer, "expected the run's status"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void failsNamingTheCulprit(Bad bad) {
        Throwable failure = bad.attempt().apply(this);

        assertThat(failure).as("failure").isInstanceOf(bad.type());
        // an endpoint's message quotes its URI: the culprit must be named by the cause, in words, not only by the URI
        String message = bad.type() == ResolveEndpointFailedException.class ? causes(failure) : failure.getMessage();
        for (String culprit : bad.culprit()) {
            assertThat(message).as("message").contains(culprit);
        }
        assertThat(message).doesNotContain(WorkflowRunSimulator.SECRET_KEY).doesNotContain(WorkflowRunSimulator.API_KEY);
        assertThat(simulator.runs()).as("runs started").isEmpty();
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
