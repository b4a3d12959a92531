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
package io.workflowrun.camel.provider.airflow;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;
import io.workflowrun.camel.spi.UriPaths;

/**
 * Maps runs to Airflow's DAG run calls: trigger {@code POST /api/v2/dags/{dag_id}/dagRuns}, status {@code GET} and
 * cancel {@code PATCH {"state": "failed"}} of {@code /api/v2/dags/{dag_id}/dagRuns/{dag_run_id}}, each with the access
 * token as a bearer token.
 */
final class AirflowClient implements ProviderClient {

    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json", "Accept", "application/json");
    private static final Map<String, String> NO_BODY = Map.of("Accept", "application/json");
    /** Airflow's way to stop a run: its state set to failed (running tasks are failed, those not started skipped). */
    private static final byte[] FAIL = Json.write(Map.of("state", "failed"));

    private final URI baseUrl;
    /** The token given as an option; null where it comes from {@link #login}. */
    private final String token;
    private final AirflowLogin login;

    AirflowClient(URI baseUrl, String token, AirflowLogin login) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.login = login;
    }

    @Override
    public TokenSource tokens() {
        return login;
    }

    @Override
    public boolean takesIdempotencyKey() {
        return true;
    }

    /**
     * Airflow answers HTTP 401 before the call reaches its route (no token, or one that has expired): where the client
     * logs in, the core has forgotten that token and may send the call again with a new one.
     */
    @Override
    public boolean isRefusedUnprocessed(WorkflowRunException error) {
        return error.getHttpStatus() == 429 || login != null && error.getHttpStatus() == 401;
    }

    @Override
    public HttpCall call(RunRequest request) {
        String dagId = UriPaths.segment(request.requireWorkflowId(AirflowProvider.ID, "DAG ID (dag_id)"));
        URI runs = URI.create(baseUrl + "/api/v2/dags/" + dagId + "/dagRuns");
        HttpCall unsigned = switch (request.operation()) {
            case trigger -> HttpCall.of("POST", runs, JSON_BODY, Json.write(triggerBody(request)));
            case status -> HttpCall.of("GET", run(runs, request), NO_BODY, null);
            case cancel -> HttpCall.of("PATCH", run(runs, request), JSON_BODY, FAIL);
        };
        return unsigned.withHeaders(Map.of("Authorization", "Bearer " + bearer(request)));
    }

    private static URI run(URI runs, RunRequest request) {
        return URI.create(runs + "/" + UriPaths.segment(request.requireRunId("DAG run ID (dag_run_id)")));
    }

    /**
     * The run's conf is the message's parameters; logical_date is required and null (a run not tied to a data interval,
     * and no second unique constraint for a 409 to be about).
     */
    private static Map<String, Object> triggerBody(RunRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (request.idempotencyKey() != null) {
            body.put("dag_run_id", request.idempotencyKey());
        }
        body.put("logical_date", null);
        body.put("conf", request.parameters() == null ? Map.of() : request.parameters());
        String note = request.headerText(AirflowConstants.NOTE);
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    private String bearer(RunRequest request) {
        if (token != null) {
            return token;
        }
        String current = login.current(request.now());
        if (current == null) {
            // the core fetched one for this instant; it was refused (HTTP 401) by another call since
            throw new IllegalStateException("Provider " + AirflowProvider.ID + " holds no access token for this call: the API"
                                            + " server refused it meanwhile; nothing was sent");
        }
        return current;
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (reply.status() == 409 && request.idempotencyKey() != null) {
            // the run ID is the key, and with logical_date null no other unique constraint can be violated: that run
            // exists; its state is not in the answer (read it with a status call)
            return new WorkflowRun(AirflowProvider.ID, request.workflowId(), request.idempotencyKey(), null, null, null, null,
                    null, json).asAlreadyStarted();
        }
        if (!reply.isSuccess()) {
            throw json == null ? Replies.unexpected(AirflowProvider.ID, reply, null, null)
                    : new WorkflowRunException(AirflowProvider.ID, reply.status(), null, AirflowErrors.detail(json), null);
        }
        String runId = json == null ? null : Replies.text(json, "dag_run_id");
        String state = json == null ? null : Replies.text(json, "state");
        if (runId == null || state == null) {
            throw Replies.unexpected(AirflowProvider.ID, reply, "a DAG run with dag_run_id and state", null);
        }
        String dagId = Replies.text(json, "dag_id");
        return new WorkflowRun(AirflowProvider.ID, dagId != null ? dagId : request.workflowId(), runId, AirflowStatus.of(state),
                state, null, null, null, json);
    }
}
