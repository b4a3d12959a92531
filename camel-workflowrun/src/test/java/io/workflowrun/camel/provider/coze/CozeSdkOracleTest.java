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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.coze.openapi.client.exception.CozeApiException;
import com.coze.openapi.client.workflows.run.RetrieveRunHistoryReq;
import com.coze.openapi.client.workflows.run.RunWorkflowReq;
import com.coze.openapi.client.workflows.run.RunWorkflowResp;
import com.coze.openapi.client.workflows.run.model.WorkflowRunHistory;
import com.coze.openapi.service.auth.TokenAuth;
import com.coze.openapi.service.service.CozeAPI;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.coze.CozeHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Coze's official Java SDK ({@code com.coze:coze-api}) as oracle: its asynchronous run and run-history calls are
 * answered by the simulator, it reads the same run and status from them as the component does, and the component sends
 * the run request the SDK sends.
 */
class CozeSdkOracleTest extends SimulatorTestSupport {

    private static final String ID = CozeProvider.ID;

    private CozeAPI sdk;

    @AfterEach
    void closeSdk() {
        if (sdk != null) {
            sdk.shutdownExecutor();
        }
    }

    private CozeAPI sdk(String token) {
        sdk = new CozeAPI.Builder().baseURL(simulator.baseUrl(ID)).auth(new TokenAuth(token))
                .connectTimeout(5_000).readTimeout(10_000).build();
        return sdk;
    }

    private static String uri() {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID));
    }

    private static RunWorkflowReq asyncRun(Map<String, Object> parameters) {
        return RunWorkflowReq.builder().workflowID(CozeHandler.WORKFLOW_ID).parameters(parameters).isAsync(true).build();
    }

    private WorkflowRunHistory sdkHistory(String executeId) {
        List<WorkflowRunHistory> histories = sdk.workflows().runs().histories().retrieve(RetrieveRunHistoryReq.builder()
                .workflowID(CozeHandler.WORKFLOW_ID).executeID(executeId).build()).getHistories();
        assertThat(histories).as("the run history holds the one run asked for").hasSize(1);
        return histories.get(0);
    }

    private Exchange status(String executeId) {
        return template.request(uri(), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, executeId);
        });
    }

    @Test
    void theSdksAsynchronousRunIsAnsweredWithTheExecuteIdTheComponentThenReads() {
        RunWorkflowResp started = sdk(WorkflowRunSimulator.API_KEY).workflows().runs().create(asyncRun(Map.of("order", "A-1")));

        assertThat(started.getCode()).isZero();
        assertThat(started.getLogID()).as("the log ID header").isNotBlank();
        assertThat(simulator.runs(ID)).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(started.getExecuteID());
            assertThat(run.parameters()).containsEntry("order", "A-1");
        });
        Exchange ours = status(started.getExecuteID());
        assertThat(ours.getException()).isNull();
        WorkflowRun run = ours.getMessage().getBody(WorkflowRun.class);
        WorkflowRunHistory theirs = sdkHistory(started.getExecuteID());
        assertThat(run.runId()).isEqualTo(theirs.getExecuteID()).isEqualTo(started.getExecuteID());
        assertThat(run.providerStatus()).isEqualTo(theirs.getExecuteStatus().getValue()).isEqualTo("Success");
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.outputs()).isEqualTo(Json.readObjectOrNull(theirs.getOutput()));
        assertThat(ours.getMessage().getHeader(CozeConstants.DEBUG_URL)).isEqualTo(theirs.getDebugUrl())
                .isEqualTo(started.getDebugURL());
    }

    @ParameterizedTest
    @EnumSource(value = RunStatus.class, names = {"RUNNING", "SUCCEEDED", "FAILED"})
    void theSdkReadsTheStatusTheComponentReadsOfARunTheComponentStarted(RunStatus expected) {
        if (expected == RunStatus.RUNNING) {
            simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        }
        if (expected == RunStatus.FAILED) {
            simulator.setOutcome(CozeHandler.WORKFLOW_ID, RunState.FAILED);
        }
        Exchange started = send(uri(), Map.of("order", "A-1"));
        assertThat(started.getException()).isNull();
        String executeId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange ours = status(executeId);
        sdk(WorkflowRunSimulator.API_KEY);
        WorkflowRunHistory theirs = sdkHistory(executeId);

        assertThat(ours.getException()).isNull();
        assertThat(ours.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(expected);
        assertThat(ours.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo(theirs.getExecuteStatus().getValue());
        assertThat(theirs.getExecuteID()).isEqualTo(executeId);
        if (expected == RunStatus.FAILED) {
            assertThat(ours.getMessage().getBody(WorkflowRun.class).error()).isEqualTo(theirs.getErrorMessage());
        }
    }

    @Test
    void theComponentSendsTheRunRequestTheSdkSends() {
        sdk(WorkflowRunSimulator.API_KEY).workflows().runs().create(asyncRun(Map.of("order", "A-1", "count", 2)));
        assertThat(template.request(uri(), e -> e.getMessage().setBody(Map.of("order", "A-1", "count", 2))).getException()).isNull();

        List<SimulatorRequest> sent = simulator.requests(ID).stream().map(WorkflowRunSimulator.Recorded::request).toList();
        assertThat(sent).hasSize(2);
        SimulatorRequest theirs = sent.get(0);
        SimulatorRequest ours = sent.get(1);
        assertThat(ours.method()).isEqualTo(theirs.method()).isEqualTo("POST");
        assertThat(ours.rawPath()).isEqualTo(theirs.rawPath()).isEqualTo("/v1/workflow/run");
        assertThat(ours.header("Authorization")).isEqualTo(theirs.header("Authorization"));
        assertThat(ours.header("Content-Type")).startsWith("application/json");
        assertThat(bodyOf(ours)).isEqualTo(bodyOf(theirs));
    }

    @Test
    void theSdkAndTheComponentReadTheSameErrorFromTheSameRefusal() {
        CozeApiException theirs = cozeError(() -> sdk("pat_unknown").workflows().runs().create(asyncRun(Map.of())));
        Exchange out = send(WorkflowRunSimulator.sample(ID).withKey("pat_unknown", null).uri(simulator.baseUrl(ID)), Map.of());

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, ours -> {
            assertThat(ours.getErrorCode()).isEqualTo(Integer.toString(theirs.getCode())).isEqualTo("4100");
            assertThat(ours.getErrorMessage()).isEqualTo(theirs.getMsg());
            assertThat(ours.getRequestId()).isNotBlank();
        });
        assertThat(theirs.getLogID()).isNotBlank();
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aFreePlanTokenIsRefusedAsyncRunsForTheSdkAndTheComponentAlike() {
        simulator.addKey(ID, "pat_free_plan", CozeHandler.FREE_PLAN);

        assertThat(cozeError(() -> sdk("pat_free_plan").workflows().runs().create(asyncRun(Map.of()))).getCode()).isEqualTo(6003);
        Exchange out = send(WorkflowRunSimulator.sample(ID).withKey("pat_free_plan", null).uri(simulator.baseUrl(ID)), Map.of());

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("6003");
            assertThat(e.getErrorMessage()).contains("is_async").contains("premium");
        });
        assertThat(simulator.runs()).isEmpty();
    }

    /** The SDK's error for an answer with a code other than 0 (its synchronous calls wrap it in a RuntimeException). */
    private static CozeApiException cozeError(Runnable call) {
        Throwable failure = catchThrowable(call::run);
        while (failure != null && !(failure instanceof CozeApiException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("the SDK's CozeApiException").isNotNull();
        return (CozeApiException) failure;
    }

    private static Map<String, Object> bodyOf(SimulatorRequest request) {
        Map<String, Object> body = new LinkedHashMap<>(Json.readObjectOrNull(request.body()));
        // what the SDK leaves unset it may send as null: the same as not sent
        body.values().removeIf(value -> value == null);
        return body;
    }
}
