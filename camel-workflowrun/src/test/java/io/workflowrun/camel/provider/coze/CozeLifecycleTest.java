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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.coze.CozeHandler;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is Coze's own in a run's life: throttling in HTTP 200 answers, a run waiting for input, the debug page, the agent
 * and ext fields, and a repeated trigger that starts a second run. What every provider does is in
 * {@link CozeContractTest}.
 */
class CozeLifecycleTest extends SimulatorTestSupport {

    private static final String ID = CozeProvider.ID;

    private static String uri(String more) {
        return WorkflowRunSimulator.sample(ID).uri(simulator.baseUrl(ID)) + more;
    }

    private Exchange status(Exchange started) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
        });
    }

    @Test
    void cozesThrottlingAnswerIsSentAgainAndStartsOneRun() {
        simulator.injectNext(ID, Fault.providerThrottling());

        Exchange out = send(uri(""), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests(ID)).hasSize(2);
        assertThat(simulator.runs(ID)).singleElement()
                .satisfies(run -> assertThat(run.runId()).isEqualTo(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)));
    }

    @Test
    void aGatewaysAnswerWithoutCozesShapeFailsTheExchangeWithItsStatus() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);
        simulator.injectNext(ID, Fault.serverError(502));

        // bounded: an answer not in Coze's shape must still end the exchange (a status call is resent: not here)
        Exchange status = template.asyncSend(uri("&maxAttempts=1"), e -> {
            e.getMessage().setHeaders(started.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
        }).get(30, TimeUnit.SECONDS);

        assertThat(status.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(502);
            assertThat(e.getErrorCode()).isNull();
        });
    }

    @Test
    void aRunWaitingAtAnInputNodeIsWaiting() {
        simulator.setTimeline(Duration.ZERO, Duration.ZERO);
        simulator.setWaiting(Duration.ofMinutes(5));
        Exchange started = send(uri(""), null);

        Exchange status = status(started);

        assertThat(status.getException()).isNull();
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.WAITING);
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("Running");
    }

    @Test
    void triggerAndStatusLeaveTheRunsDebugPage() {
        Exchange started = send(uri(""), null);
        Exchange status = status(started);

        String runId = started.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(started.getMessage().getHeader(CozeConstants.DEBUG_URL, String.class)).contains("execute_id=" + runId);
        assertThat(status.getMessage().getHeader(CozeConstants.DEBUG_URL, String.class)).contains("execute_id=" + runId);
    }

    @Test
    void theAgentAndTheExtFieldsReachCoze() {
        Exchange started = template.request(uri("&botId=7342866812345678901"), e -> {
            e.getMessage().setBody(Map.of("order", "A-1"));
            e.getMessage().setHeader(CozeConstants.EXT, Map.of("user_id", "u-42"));
        });

        assertThat(started.getException()).isNull();
        Map<String, Object> history = status(started).getMessage().getBody(io.workflowrun.camel.model.WorkflowRun.class).raw();
        assertThat(history).containsEntry("bot_id", "7342866812345678901");
        assertThat(simulator.requests(ID).get(0).request().bodyText()).contains("\"ext\":{\"user_id\":\"u-42\"}");
    }

    @Test
    void anUnpublishedWorkflowIsCozesRefusalAndStartsNothing() {
        Exchange out = send(uri("").replace(CozeHandler.WORKFLOW_ID, CozeHandler.UNPUBLISHED_WORKFLOW_ID), null);

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo("4200");
            assertThat(e.getRequestId()).isNotBlank();
        });
        assertThat(simulator.requests(ID)).as("not sent again").hasSize(1);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aRepeatedTriggerStartsASecondRun() {
        Exchange first = send(uri(""), Map.of("order", "A-1"));
        Exchange second = send(uri(""), Map.of("order", "A-1"));

        assertThat(simulator.runs(ID)).hasSize(2);
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.RUN_ID))
                .isNotEqualTo(first.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);
    }
}
