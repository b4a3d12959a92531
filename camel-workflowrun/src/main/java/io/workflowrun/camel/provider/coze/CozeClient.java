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
package io.workflowrun.camel.provider.coze;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.signing.BearerKeySigner;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RequestSigner;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.UriPaths;

/** Maps runs to Coze's asynchronous "run workflow" call and reads the run's history for its status. */
final class CozeClient implements ProviderClient {

    /**
     * Coze's refusals of a call it did not process because of load: 4009, the system's request limit reached ("try again
     * later"), and 4020, the requests per minute bought exceeded. 4008, the day's usage limit, is not among them: a resend
     * would not cure it before tomorrow.
     */
    static final Set<String> THROTTLED = Set.of("4009", "4020");

    private final URI baseUrl;
    private final RequestSigner signer;
    private final String botId;
    private final String appId;
    private final Map<String, String> getHeaders = Map.of("Accept", "application/json");
    private final Map<String, String> postHeaders = Map.of("Content-Type", "application/json", "Accept", "application/json");

    CozeClient(URI baseUrl, String token, String botId, String appId) {
        this.baseUrl = baseUrl;
        this.signer = new BearerKeySigner(token);
        this.botId = botId;
        this.appId = appId;
    }

    @Override
    public HttpCall call(RunRequest request) {
        HttpCall unsigned = switch (request.operation()) {
            case trigger -> trigger(request);
            case status -> HttpCall.of("GET", URI.create(baseUrl + "/v1/workflows/" + UriPaths.segment(workflowId(request))
                                                         + "/run_histories/" + UriPaths.segment(executeId(request))),
                    getHeaders, null);
            case cancel -> throw new IllegalArgumentException("Provider coze cannot cancel a run: Coze's API has no call that "
                                                              + "stops a workflow run (it cancels chats only); nothing was sent");
        };
        return signer.sign(unsigned, request.now());
    }

    private HttpCall trigger(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("workflow_id", workflowId(request));
        if (request.parameters() != null) {
            body.put("parameters", request.parameters());
        }
        if (botId != null) {
            body.put("bot_id", botId);
        }
        if (appId != null) {
            body.put("app_id", appId);
        }
        Map<String, String> ext = CozeExt.of(request);
        if (ext != null) {
            body.put("ext", ext);
        }
        // the run is answered with its execute_id at once, instead of its result once it has ended (at most 90 s)
        body.put("is_async", true);
        return HttpCall.of("POST", URI.create(baseUrl + "/v1/workflow/run"), postHeaders, Json.write(body));
    }

    /** The endpoint URI's workflow ID was checked when the endpoint was created: a bad one now came in the header. */
    private static String workflowId(RunRequest request) {
        return CozeProvider.requireNumber(request.requireWorkflowId(CozeProvider.ID, "workflow_id"), "workflow_id",
                "header " + RunRequest.WORKFLOW_ID_HEADER);
    }

    private static String executeId(RunRequest request) {
        return CozeProvider.requireNumber(request.requireRunId("execute_id"), "execute_id", "header " + RunRequest.RUN_ID_HEADER);
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        String requestId = requestId(json, reply);
        // Coze tells an error by a code other than 0, also in answers with HTTP status 200
        Object code = json == null ? null : json.get("code");
        if (code != null && !"0".equals(code.toString())) {
            throw new WorkflowRunException(CozeProvider.ID, reply.status(), code.toString(), Replies.text(json, "msg"), requestId);
        }
        if (json == null || !reply.isSuccess()) {
            throw Replies.unexpected(CozeProvider.ID, reply, null, requestId);
        }
        return switch (request.operation()) {
            case trigger -> started(request, reply, json, requestId);
            case status -> history(request, reply, json, requestId);
            case cancel -> throw new IllegalStateException("Coze cancels nothing: no cancel is ever sent");
        };
    }

    private static WorkflowRun started(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        String executeId = Replies.text(json, "execute_id");
        if (executeId == null || executeId.isBlank()) {
            // a run that ran synchronously (is_async not honoured) is answered without one: it may well have run
            throw Replies.unexpected(CozeProvider.ID, reply, "an execute_id", requestId);
        }
        return new WorkflowRun(CozeProvider.ID, request.workflowId(), executeId, null, null, null, null, requestId, json);
    }

    /** The run history's {@code data} holds the one run asked for. */
    private static WorkflowRun history(RunRequest request, HttpReply reply, Map<String, Object> json, String requestId)
            throws WorkflowRunException {
        Map<String, Object> run = firstRun(json);
        String status = run == null ? null : Replies.text(run, "execute_status");
        if (status == null) {
            throw Replies.unexpected(CozeProvider.ID, reply, "data[0].execute_status", requestId);
        }
        RunStatus unified = CozeStatus.of(status, run.get("interrupt_data") instanceof Map<?, ?> interrupt && !interrupt.isEmpty());
        String executeId = Replies.text(run, "execute_id");
        return new WorkflowRun(CozeProvider.ID, request.workflowId(), executeId != null ? executeId : request.runId(), unified,
                status, CozeOutput.of(run.get("output")), unified == RunStatus.FAILED ? error(run) : null, requestId, run);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstRun(Map<String, Object> json) {
        return json.get("data") instanceof List<?> runs && !runs.isEmpty() && runs.get(0) instanceof Map<?, ?> run
                ? (Map<String, Object>) run : null;
    }

    /** What Coze says of a failed run: its error message, else its error code. */
    private static String error(Map<String, Object> run) {
        String message = Replies.text(run, "error_message");
        if (message != null && !message.isBlank()) {
            return message;
        }
        String code = Replies.text(run, "error_code");
        return code == null || code.isBlank() || code.equals("0") ? null : "error_code " + code;
    }

    /** The answer's log ID, which Coze's support asks for: in the body's {@code detail}, and as response header. */
    private static String requestId(Map<String, Object> json, HttpReply reply) {
        String logId = json == null ? null : Replies.text(json, "detail", "logid");
        return logId != null && !logId.isBlank() ? logId : reply.header("X-Tt-Logid");
    }

    /** The run's debug page, for a route to log or show. */
    @Override
    public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
        Object debugUrl = run.raw() == null ? null : run.raw().get("debug_url");
        return debugUrl == null || debugUrl.toString().isBlank() ? Map.of() : Map.of(CozeConstants.DEBUG_URL, debugUrl.toString());
    }

    @Override
    public boolean numericIds() {
        return true;
    }

    /** HTTP 429 (from a gateway), or Coze's own refusals for load. */
    /** Coze answers HTTP 200 with code 4100 for a token it does not take, 4101 for one without the permission. */
    @Override
    public boolean isAuthenticationRefused(WorkflowRunException error) {
        return ProviderClient.refusesCredentials(error, "4100", "4101");
    }

    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        // an answer not in Coze's shape has no code (and Set.of's contains refuses null)
        return error.getHttpStatus() == 429 || error.getErrorCode() != null && THROTTLED.contains(error.getErrorCode());
    }
}
