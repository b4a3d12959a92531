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

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import java.util.ArrayList;
import io.workflowrun.camel.provider.tencent.TencentWeDataConstants;
import io.workflowrun.camel.provider.interactly.InteractlyConstants;
import io.workflowrun.camel.provider.huawei.FunctionGraphConstants;
import io.workflowrun.camel.provider.dify.DifyConstants;
import io.workflowrun.camel.provider.alibaba.SchedulerxConstants;
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

    /** A bean whose field points back at a bean: itself, or one that points back. */
    public static final class Loop {
        public String name = "loop";
        public Loop next = this;

        static Loop pair() {
            Loop first = new Loop();
            Loop second = new Loop();
            first.next = second;
            second.next = first;
            return first;
        }
    }

    private static Map<String, Object> selfMap() {
        Map<String, Object> map = new HashMap<>();
        map.put("me", map);
        return map;
    }

    private static List<Object> selfList() {
        List<Object> list = new ArrayList<>();
        list.add(list);
        return list;
    }

    private static Map<String, Object> deepMap(int levels) {
        Map<String, Object> top = new HashMap<>();
        Map<String, Object> level = top;
        for (int i = 1; i < levels; i++) {
            Map<String, Object> next = new HashMap<>();
            level.put("a", next);
            level = next;
        }
        return top;
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
                        "Option versionNumber must be from 0 to 2147483647, but was -1"),
                bad("uri: interactly versionNumber not a number", t -> t.endpoint(interactly() + "&versionNumber=abc"), uri,
                        "Option versionNumber is 'abc'", "expected a whole number from 0 to 2147483647"),
                bad("uri: huawei workflowId a dot segment", t -> t.endpoint("workflowrun:huawei-functiongraph:..?region=cn-north-4"
                        + "&projectId=p" + SIGNED + "&baseUrl=" + simulator.baseUrl("huawei-functiongraph")), uri,
                        "The endpoint URI's workflowId is '..'"),
                bad("uri: huawei projectId a dot segment", t -> t.endpoint(huawei("region=cn-north-4&projectId=.." + SIGNED)), uri,
                        "Option projectId is '..'"),
                bad("uri: tencent region with CR LF", t -> t.endpoint(tencent("region=ap-guangzhou%0D%0AX-Evil:%201&projectId=1" + SIGNED)),
                        uri, "Option region holds a control character (CR, U+000D at position 13)"),
                bad("uri: interactly teamId with LF", t -> t.endpoint(interactly().replace("teamId=t", "teamId=t%0Ax")), uri,
                        "Option teamId holds a control character (LF"),
                bad("uri: dify user with NUL", t -> t.endpoint(dify().replace("user=u", "user=u%00")), uri,
                        "Option user holds a control character (NUL"),
                bad("uri: dify apiKey with LF", t -> t.endpoint("workflowrun:dify?apiKey=app-key%0AX&user=u&baseUrl="
                        + simulator.baseUrl("dify")), uri, "Option apiKey holds a control character (LF"),
                bad("uri: interactly teamId with TAB", t -> t.endpoint(interactly().replace("teamId=t", "teamId=t%09x")), uri,
                        "Option teamId holds a control character (TAB, U+0009 at position 2)"),
                bad("uri: dify user with DEL", t -> t.endpoint(dify().replace("user=u", "user=u%7F")), uri,
                        "Option user holds a control character (U+007F at position 2)"),
                bad("uri: tencent projectId with a C1 control (NEL)", t -> t.endpoint(tencent("region=ap-guangzhou&projectId=1%C2%85"
                        + SIGNED)), uri, "Option projectId holds a control character (U+0085 at position 2)"),
                bad("uri: dify without user", t -> t.endpoint("workflowrun:dify?apiKey=k&baseUrl=http://127.0.0.1:1/v1"), uri,
                        "Option user is required for provider dify"),
                bad("option: maxAttempts not a number", t -> t.endpoint(dify("&maxAttempts=three")), uri, "maxAttempts", "three"),
                bad("option: retryDelay above maxRetryDelay", t -> t.endpoint(dify("&retryDelay=500&maxRetryDelay=100")), uri,
                        "Option maxRetryDelay (100 ms) must be at least retryDelay (500 ms)"),
                bad("option: waitTimeout zero", t -> t.endpoint(dify("&waitTimeout=0")), uri,
                        "Option waitTimeout must be from 1 ms to 31536000000 ms (365 days), but was 0 ms"),
                bad("option: pollInterval not a duration", t -> t.endpoint(dify("&pollInterval=abc")), uri,
                        "Option pollInterval is 'abc', but expected a duration", "5s"),
                bad("option: waitTimeout not a duration", t -> t.endpoint(dify("&waitTimeout=1x")), uri,
                        "Option waitTimeout is '1x'"),
                bad("option: connectTimeout too large for milliseconds in an int", t -> t.endpoint(dify("&connectTimeout=99999999999")), uri,
                        "Option connectTimeout must be from 1 ms to 2147483647 ms, but was 99999999999 ms"),
                bad("option: requestTimeout of 30 days", t -> t.endpoint(dify("&requestTimeout=30d")), uri,
                        "Option requestTimeout must be from 1 ms to 2147483647 ms, but was 2592000000 ms"),
                bad("option: maxAttempts too large for an int", t -> t.endpoint(dify("&maxAttempts=99999999999")), uri,
                        "Option maxAttempts must be from 1 to 1000, but was 99999999999"),
                bad("option: maxAttempts as a duration", t -> t.endpoint(dify("&maxAttempts=5s")), uri,
                        "Option maxAttempts is '5s', but expected a whole number"),
                bad("option: rateLimit NaN", t -> t.endpoint(dify("&rateLimit=NaN")), uri,
                        "Option rateLimit must be 0 (no limit) or from 0.0001 to 1000000 requests per second, but was NaN"),
                bad("option: rateLimit Infinity", t -> t.endpoint(dify("&rateLimit=Infinity")), uri,
                        "Option rateLimit must be 0 (no limit)", "but was Infinity"),
                bad("option: rateLimit too small to space calls", t -> t.endpoint(dify("&rateLimit=1e-12")), uri,
                        "Option rateLimit must be 0 (no limit)", "but was 0.000000000001"),
                bad("option: maxRetryTime negative", t -> t.endpoint(dify("&maxRetryTime=-5")), uri,
                        "Option maxRetryTime must be from 0 ms to 86400000 ms (1 day), but was -5 ms"),
                bad("option: retryDelay not a duration", t -> t.endpoint(dify("&retryDelay=soon")), uri,
                        "Option retryDelay is 'soon', but expected a duration from 1 ms to 86400000 ms (1 day)"),
                bad("option: maxRetryDelay beyond a day", t -> t.endpoint(dify("&maxRetryDelay=2d")), uri,
                        "Option maxRetryDelay must be from 1 ms to 86400000 ms (1 day), but was 172800000 ms (2 days)"),
                bad("option: maxRetryTime beyond a day", t -> t.endpoint(dify("&maxRetryTime=25h")), uri,
                        "Option maxRetryTime must be from 0 ms to 86400000 ms (1 day), but was 90000000 ms (25 h)"),
                bad("option: maxResponseSize with a unit", t -> t.endpoint(dify("&maxResponseSize=10MB")), uri,
                        "Option maxResponseSize is '10MB', but expected a whole number from 1 to 2147483647"),
                bad("option: maxPollInterval that overflows when doubled", t -> t.endpoint(dify("&maxPollInterval=9223372036854775807")),
                        uri, "Option maxPollInterval must be from 1 ms to 86400000 ms (1 day), but was 9223372036854775807 ms"),
                bad("option: connectTimeout zero", t -> t.endpoint(dify("&connectTimeout=0")), uri, "connectTimeout"),
                bad("option: requestTimeout negative", t -> t.endpoint(dify("&requestTimeout=-5")), uri, "requestTimeout"),
                bad("option: pollInterval negative", t -> t.endpoint(dify("&pollInterval=-1")), uri,
                        "Option pollInterval must be from 1 ms", "but was -1 ms"),
                bad("option: baseUrl with a query", t -> t.endpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=RAW(http://127.0.0.1:1/v1?x=1)"),
                        uri, "Option baseUrl"),
                bad("option: waitForCompletion not a boolean", t -> t.endpoint(dify("&waitForCompletion=sometimes")), uri,
                        "waitForCompletion", "sometimes"),
                // headers
                bad("header: operation unknown", t -> t.message(dify(), null, op, "restart"), input,
                        "Header " + op + " has the value 'restart'"),
                bad("header: operation with a line break", t -> t.message(dify(), null, op, "status\nFAKE LOG LINE"), input,
                        "Header " + op + " has the value 'status?FAKE LOG LINE'"),
                bad("header: tencent status without run ID", t -> t.message(tencent(), null, op, "status"), input,
                        "WorkflowExecutionId in header " + runId),
                bad("header: tencent task IDs of the wrong type", t -> t.message(tencent(), null,
                        TencentWeDataConstants.TASK_IDS, 42), input, TencentWeDataConstants.TASK_IDS),
                bad("header: alibaba workflowId not an integer", t -> t.message(alibaba(), null, workflowId, "wf-x"), input,
                        "'wf-x'", workflowId, "integer"),
                bad("header: alibaba status without run ID", t -> t.message(alibaba(), null, op, "status"), input,
                        "WfInstanceId in header " + runId),
                bad("header: alibaba cancel without job instance", t -> t.message(alibaba(), null, op, "cancel", runId, "1"), input,
                        SchedulerxConstants.JOB_ID, SchedulerxConstants.JOB_INSTANCE_ID),
                bad("header: huawei cancel without run ID", t -> t.message(huawei(), null, op, "cancel"), input,
                        "execution_id of the run in header " + runId),
                bad("header: huawei flow headers of the wrong type", t -> t.message(huawei(), null,
                        FunctionGraphConstants.FLOW_HEADERS, List.of("x")), input, "Header " + FunctionGraphConstants.FLOW_HEADERS),
                bad("header: interactly workflowId not an ObjectId", t -> t.message(interactly(), null, workflowId, "nope"), input,
                        "'nope' from header " + workflowId, "ObjectId"),
                bad("header: interactly run ID not an ObjectId", t -> t.message(interactly(), null, op, "status", runId, "run-1"),
                        input, "Interactly ID 'run-1' from header " + runId, "ObjectId"),
                bad("header: interactly runtime variables of the wrong type", t -> t.message(interactly(), null,
                        InteractlyConstants.RUNTIME_VARIABLES, 7), input, "Header " + InteractlyConstants.RUNTIME_VARIABLES),
                bad("header: dify status without run ID", t -> t.message(dify(), null, op, "status"), input,
                        "workflow_run_id in header " + runId),
                bad("header: dify cancel without task ID", t -> t.message(dify(), null, op, "cancel", runId, "r-1"), input,
                        "header " + DifyConstants.TASK_ID),
                bad("header: dify workflowId a dot segment", t -> t.message(dify(), Map.of("k", "v"), workflowId, ".."), input,
                        "Header " + workflowId + " is '..'", "not an ID"),
                bad("header: dify run ID a dot segment", t -> t.message(dify(), null, op, "status", runId, "."), input,
                        "Header " + runId + " is '.'"),
                bad("header: huawei run ID a dot segment", t -> t.message(huawei(), null, op, "status", runId, ".."), input,
                        "Header " + runId + " is '..'"),
                bad("header: dify task ID a dot segment", t -> t.message(dify(), null, op, "cancel", runId, "r-1",
                        DifyConstants.TASK_ID, ".."), input, "Header " + DifyConstants.TASK_ID + " is '..'"),
                bad("header: dify task ID with CR LF", t -> t.message(dify(), null, op, "cancel", runId, "r-1",
                        DifyConstants.TASK_ID, "t\r\nX-Evil: 1"), input,
                        "Header " + DifyConstants.TASK_ID + " holds a control character (CR"),
                bad("header: tencent run ID with a NUL", t -> t.message(tencent(), null, op, "status", runId, "r\u0000"), input,
                        "Header " + runId + " holds a control character (NUL"),
                bad("header: huawei workflow run ID with LF", t -> t.message(huawei(), Map.of("k", "v"),
                        FunctionGraphConstants.WORKFLOW_RUN_ID, "a\nb"), input,
                        "Header " + FunctionGraphConstants.WORKFLOW_RUN_ID + " holds a control character (LF"),
                bad("header: dify run ID with TAB", t -> t.message(dify(), null, op, "status", runId, "r\t1"), input,
                        "Header " + runId + " holds a control character (TAB, U+0009 at position 2)"),
                bad("header: dify user with DEL", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.USER, "u\u007F"),
                        input, "Header " + DifyConstants.USER + " holds a control character (U+007F at position 2)"),
                bad("header: huawei workflow run ID with a C1 control (NEL)", t -> t.message(huawei(), Map.of("k", "v"),
                        FunctionGraphConstants.WORKFLOW_RUN_ID, "a\u0085b"), input,
                        "Header " + FunctionGraphConstants.WORKFLOW_RUN_ID + " holds a control character (U+0085 at position 2)"),
                bad("header: dify workflowId a Map", t -> t.message(dify(), Map.of("k", "v"), workflowId, Map.of("id", "wf")), input,
                        "Header " + workflowId + " holds a java.util.", "but an ID is text"),
                bad("header: dify run ID a List", t -> t.message(dify(), null, op, "status", runId, List.of("r-1")), input,
                        "Header " + runId + " holds a java.util.", "but an ID is text"),
                bad("header: dify run ID a number", t -> t.message(dify(), null, op, "status", runId, 42L), input,
                        "Header " + runId + " holds a java.lang.Long, but an ID is text"),
                bad("header: tencent workflowId a number", t -> t.message(tencent(), null, workflowId, 7), input,
                        "Header " + workflowId + " holds a java.lang.Integer, but an ID is text"),
                bad("header: alibaba run ID a Map", t -> t.message(alibaba(), null, op, "status", runId, Map.of("id", 1)), input,
                        "Header " + runId + " holds a java.util.", "but an ID is text or a whole number"),
                bad("header: alibaba job instance a List", t -> t.message(alibaba(), null, op, "cancel", runId, "1",
                        SchedulerxConstants.JOB_ID, "2", SchedulerxConstants.JOB_INSTANCE_ID, List.of(3)), input,
                        "Header " + SchedulerxConstants.JOB_INSTANCE_ID + " holds a java.util.", "text or a whole number"),
                bad("header: dify task ID a Map", t -> t.message(dify(), null, op, "cancel", runId, "r-1",
                        DifyConstants.TASK_ID, Map.of("t", 1)), input,
                        "Header " + DifyConstants.TASK_ID + " holds a java.util.", "but an ID is text"),
                bad("header: dify user a Map", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.USER, Map.of("u", 1)),
                        input, "Header " + DifyConstants.USER + " holds a java.util.", "it takes text"),
                bad("header: dify user with CR LF", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.USER,
                        "u\r\nX-Evil: 1"), input, "Header " + DifyConstants.USER + " holds a control character (CR"),
                bad("header: dify trace ID with LF", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.TRACE_ID,
                        "t-1\nX-Evil: 1"), input, "Header " + DifyConstants.TRACE_ID + " holds a control character (LF"),
                bad("header: dify trace ID a Map", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.TRACE_ID,
                        Map.of("id", "t-1")), input, "Header " + DifyConstants.TRACE_ID + " holds a java.util.", "it takes text"),
                bad("header: dify trace ID Dify would ignore", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.TRACE_ID,
                        "order 4711/a"), input, "Header " + DifyConstants.TRACE_ID + " must be 1 to 128 letters", "'order 4711/a'"),
                bad("header: dify files a number", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.FILES, 7), input,
                        "Header " + DifyConstants.FILES + " holds a java.lang.Integer", "a List of file objects"),
                bad("header: dify files with more after the array", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.FILES,
                        "[{\"type\":\"image\"}] []"), input,
                        "Header " + DifyConstants.FILES + " has more after its JSON value", "exactly one JSON array"),
                bad("header: dify files with an item that is not an object", t -> t.message(dify(), Map.of("k", "v"),
                        DifyConstants.FILES, "[\"report.pdf\"]"), input,
                        "Header " + DifyConstants.FILES + " must list file objects", "item 0"),
                bad("header: dify files that contain themselves", t -> t.message(dify(), Map.of("k", "v"), DifyConstants.FILES,
                        List.of(selfMap())), input, "Header " + DifyConstants.FILES + " contains itself (at [0].me)"),
                bad("header: huawei flow headers with more after the object", t -> t.message(huawei(), Map.of("k", "v"),
                        FunctionGraphConstants.FLOW_HEADERS, "{\"a\":\"1\"} {\"b\":\"2\"}"), input,
                        "Header " + FunctionGraphConstants.FLOW_HEADERS + " has more after its JSON value (from line 1, column 11)"),
                bad("header: interactly runtime variables that contain themselves", t -> t.message(interactly(), null,
                        InteractlyConstants.RUNTIME_VARIABLES, selfMap()), input,
                        "Header " + InteractlyConstants.RUNTIME_VARIABLES + " contains itself (at me)"),
                // bodies
                bad("body: not JSON", t -> t.message(dify(), "{oops"), input, "message body is not valid JSON", "line 1"),
                bad("body: JSON array", t -> t.message(tencent(), "[1, 2]"), input, "The message body is a JSON array, not a JSON object"),
                bad("body: JSON object with another after it", t -> t.message(dify(), "{\"a\":1} {\"b\":2}"), input,
                        "The message body has more after its JSON value (from line 1, column 9)", "exactly one JSON object"),
                bad("body: JSON object with text after it", t -> t.message(tencent(), "{\"a\":1}xyz"), input,
                        "The message body has more after its JSON value (from line 1, column 8)"),
                bad("body: JSON text nested too deep", t -> t.message(huawei(), "{\"a\":".repeat(1200) + "1" + "}".repeat(1200)), input,
                        "The message body is nested more than 500 levels deep"),
                bad("body: JSON text nested just past the limit", t -> t.message(interactly(), "{\"a\":".repeat(501) + "1"
                        + "}".repeat(501)), input, "The message body is nested more than 500 levels deep"),
                bad("body: map nested too deep", t -> t.message(dify(), deepMap(600)), input,
                        "The message body is nested more than 500 levels deep"),
                bad("body: map that contains itself", t -> t.message(alibaba(), selfMap()), input,
                        "The message body contains itself (at me)", "refers back to itself"),
                bad("body: list inside that contains itself", t -> t.message(dify(), Map.of("items", selfList())), input,
                        "The message body contains itself (at items[0])"),
                bad("body: object whose field refers to itself", t -> t.message(dify(), new Loop()), input,
                        "The message body (a " + Loop.class.getName() + ") refers back to itself"),
                bad("body: objects that refer to each other", t -> t.message(huawei(), Loop.pair()), input,
                        "The message body (a " + Loop.class.getName() + ") is nested more than 500 levels deep, or its fields refer back to itself"),
                bad("body: map holding an object that refers to itself", t -> t.message(interactly(), Map.of("loop", new Loop())), input,
                        "The message body at loop (a " + Loop.class.getName() + ") refers back to itself"),
                bad("body: JSON null", t -> t.message(huawei(), "null"), input, "message body is JSON null"),
                bad("body: bytes that are not JSON", t -> t.message(interactly(), "k=v".getBytes()), input, "message body is not valid JSON"),
                bad("body: a number", t -> t.message(dify(), 42), input,
                        "The message body (a java.lang.Integer) is written as a JSON number, not as a JSON object"),
                bad("body: a list", t -> t.message(tencent(), List.of(1, 2)), input,
                        "The message body (a java.util.", "is written as a JSON array, not as a JSON object"),
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
        if (bad.type() == ResolveEndpointFailedException.class || bad.type() == IllegalArgumentException.class) {
            // bad input (not a provider's answer) is refused before anything is sent, and the refusal never carries a
            // control character on
            assertThat(simulator.requests()).as("requests sent").isEmpty();
            assertThat(message).as("message").doesNotContainPattern("[\\u0000-\\u001F\\u007F-\\u009F]");
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" | ");
        }
        return text.toString();
    }
}
