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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.SettableClock;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.airflow.AirflowHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is Airflow's own in a DAG run's life: the trigger's body, the HTTP 409 of a repeated run ID read as the run
 * already started, a DAG the server does not have, run IDs Airflow refuses, and a cancel that fails the run, that waits
 * for a teardown, and that Airflow does not refuse for a run that has ended. What every provider does is in
 * {@link AirflowContractTest}.
 */
class AirflowDagRunTest extends SimulatorTestSupport {

    private static final String ID = AirflowProvider.ID;

    private static String uri(String dagId, String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)).replace(":" + AirflowHandler.DAG_ID + "?", ":" + dagId + "?")
               + more;
    }

    private Exchange trigger(String dagId, String key) {
        return template.request(uri(dagId, ""), e -> {
            e.getMessage().setBody(Map.of("order", "A-1", "items", 3));
            if (key != null) {
                e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
            }
        });
    }

    private Exchange carryOn(String dagId, Exchange previous, String operation) {
        return template.request(uri(dagId, ""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
        });
    }

    private static Map<String, Object> lastBody(String path) {
        return Json.readObjectOrNull(simulator.requests(ID).stream().filter(r -> r.request().rawPath().equals(path))
                .reduce((first, second) -> second).orElseThrow().request().body());
    }

    @Test
    void theTriggerSendsTheBodyAsConfWithANullLogicalDateAndTheKeyAsTheRunId() {
        Exchange out = trigger(AirflowHandler.DAG_ID, "order-A-1");

        assertThat(out.getException()).isNull();
        Map<String, Object> body = lastBody("/api/v2/dags/process_order/dagRuns");
        assertThat(body).containsEntry("dag_run_id", "order-A-1").containsEntry("conf", Map.of("order", "A-1", "items", 3))
                .containsKey("logical_date").hasSize(3);
        assertThat(body.get("logical_date")).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("order-A-1");
    }

    @Test
    void theNoteHeaderIsTheRunsNote() {
        Exchange out = template.request(uri(AirflowHandler.DAG_ID, ""), e -> {
            e.getMessage().setBody(Map.of("order", "A-1"));
            e.getMessage().setHeader(AirflowConstants.NOTE, "from route orders");
        });

        assertThat(out.getException()).isNull();
        assertThat(lastBody("/api/v2/dags/process_order/dagRuns")).containsEntry("note", "from route orders");
        assertThat(out.getMessage().getBody(WorkflowRun.class).raw()).containsEntry("note", "from route orders");
    }

    @Test
    void withoutAKeyAirflowNamesTheRunAndItsIdWorksInThePath() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(AirflowHandler.DAG_ID, null);
        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange status = carryOn(AirflowHandler.DAG_ID, started, "status");

        assertThat(runId).startsWith("manual__").contains("+00:00_");
        assertThat(lastBody("/api/v2/dags/process_order/dagRuns")).doesNotContainKey("dag_run_id");
        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        assertThat(simulator.requests(ID).get(simulator.requests(ID).size() - 1).request().rawPath()).contains("%2B00%3A00_");
    }

    @Test
    void aRepeatedRunIdIsAirflowsHttp409ReadAsTheRunAlreadyStartedWithoutAStatus() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange first = trigger(AirflowHandler.DAG_ID, "order-A-1");

        Exchange second = trigger(AirflowHandler.DAG_ID, "order-A-1");

        assertThat(second.getException()).isNull();
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED, Boolean.class)).isTrue();
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("order-A-1");
        WorkflowRun run = second.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).as("the 409 does not say").isNull();
        assertThat(run.workflowId()).isEqualTo(AirflowHandler.DAG_ID);
        assertThat(simulator.requests(ID)).extracting(r -> r.status()).endsWith(200, 409);
        assertThat(simulator.runs(ID)).hasSize(1);
        assertThat(first.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);
    }

    @Test
    void aDagTheServerDoesNotHaveIsAirflowsHttp404() {
        Exchange out = trigger("no_such_dag", null);

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(404);
            assertThat(e.getErrorMessage()).isEqualTo("DAG with dag_id: 'no_such_dag' not found");
        });
        assertThat(simulator.runs(ID)).isEmpty();
    }

    @Test
    void aKeyAirflowReservesForScheduledRunsIsItsHttp400() {
        Exchange out = trigger(AirflowHandler.DAG_ID, "scheduled__2026-01-01");

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(400);
            assertThat(e.getErrorMessage()).contains("reserved for scheduled runs");
        });
        assertThat(simulator.runs(ID)).isEmpty();
    }

    @Test
    void cancelFailsTheRun() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(AirflowHandler.DAG_ID, null);

        Exchange cancelled = carryOn(AirflowHandler.DAG_ID, started, "cancel");

        assertThat(cancelled.getException()).isNull();
        assertThat(lastBody(simulator.requests(ID).get(simulator.requests(ID).size() - 1).request().rawPath()))
                .isEqualTo(Map.of("state", "failed"));
        assertThat(simulator.requests(ID).get(simulator.requests(ID).size() - 1).request().method()).isEqualTo("PATCH");
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("failed");
    }

    @Test
    void aCancelledRunWithATeardownGoesOnUntilItsTeardownIsDoneThenFails() {
        SettableClock clock = new SettableClock(Instant.now());
        simulator.setClock(clock);
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(AirflowHandler.TEARDOWN_DAG_ID, null);

        Exchange cancelled = carryOn(AirflowHandler.TEARDOWN_DAG_ID, started, "cancel");

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        clock.set(clock.instant().plus(Duration.ofMinutes(6)));
        Exchange after = carryOn(AirflowHandler.TEARDOWN_DAG_ID, started, "status");
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void cancellingARunThatSucceededMarksItFailed() {
        Exchange started = trigger(AirflowHandler.DAG_ID, null);
        assertThat(started.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);

        Exchange cancelled = carryOn(AirflowHandler.DAG_ID, started, "cancel");

        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.FAILED);
        assertThat(simulator.stateOf(ID, started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class)))
                .as("ended before the cancel").isEqualTo(RunState.SUCCEEDED);
    }
}
