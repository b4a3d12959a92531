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
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.util.Map;

import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A trigger is sent again only when no run can have started; never after it was sent and no answer came. */
class RetryTest extends SimulatorTestSupport {

    private String dify(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&retryDelay=10&maxRetryDelay=20&baseUrl="
               + simulator.baseUrl("dify") + more;
    }

    private static SimulatorResponse throttled() {
        return SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "Too many requests", "status", 429));
    }

    @Test
    void throttledTriggerIsSentAgainAndStartsExactlyOneRun() {
        simulator.injectNext("dify", throttled());
        simulator.injectNext("dify", throttled());

        Exchange out = send(dify(""), Map.of("k", "v"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests("dify")).hasSize(3);
        assertThat(simulator.runs("dify")).hasSize(1);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
    }

    @Test
    void attemptsAreBounded() {
        for (int i = 0; i < 5; i++) {
            simulator.injectNext("dify", throttled());
        }

        Exchange out = send(dify("&maxAttempts=2"), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(((WorkflowRunException) out.getException()).getHttpStatus()).isEqualTo(429);
        assertThat(simulator.requests("dify")).hasSize(2);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void serverErrorOnATriggerIsNotSentAgain() {
        simulator.injectNext("dify", SimulatorResponse.json(500, Map.of("code", "internal_server_error", "message", "boom", "status", 500)));

        Exchange out = send(dify(""), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(simulator.requests("dify")).hasSize(1);
    }

    @Test
    void triggerWithNoAnswerFailsAsMaybeStartedAndIsNotSentAgain() {
        simulator.injectNext("dify", SimulatorResponse.noAnswer());

        Exchange out = send(dify(""), Map.of("order", "o-1"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        WorkflowRunMaybeStartedException e = (WorkflowRunMaybeStartedException) out.getException();
        assertThat(e.isRequestSent()).isTrue();
        assertThat(e.getSentAt()).isNotNull();
        assertThat(e.getMessage()).contains("may have started a run").contains("not sent again").doesNotContain("null");
        assertThat(simulator.requests("dify")).hasSize(1);
    }

    @Test
    void statusWithNoAnswerIsSentAgain() {
        Exchange started = send(dify(""), null);
        simulator.injectNext("dify", SimulatorResponse.noAnswer());

        Exchange status = template.request(dify(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, started.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
        });

        assertThat(status.getException()).isNull();
        assertThat(simulator.requests("dify")).hasSize(3);
    }

    @Test
    void tencentThrottlingCodeIsSentAgainSignedAnew() {
        simulator.injectNext("tencent-wedata", SimulatorResponse.json(200, Map.of("Response", Map.of(
                "Error", Map.of("Code", "RequestLimitExceeded", "Message", "The number of requests exceeds the frequency limit."),
                "RequestId", "req-throttled"))));

        Exchange out = send("workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou&projectId=1"
                            + "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=" + WorkflowRunSimulator.SECRET_KEY
                            + "&retryDelay=10&maxRetryDelay=20&baseUrl=" + simulator.baseUrl("tencent-wedata"), Map.of("k", "v"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests("tencent-wedata")).hasSize(2);
        assertThat(simulator.runs("tencent-wedata")).hasSize(1);
    }

    @Test
    void refusedConnectionIsSentAgainThenFailsAsNotSent() {
        Exchange out = send("workflowrun:dify?apiKey=k&user=u&retryDelay=5&maxRetryDelay=10&maxAttempts=3&baseUrl=http://127.0.0.1:1/v1", null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunTransportException.class)
                .isNotInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(((WorkflowRunTransportException) out.getException()).isRequestSent()).isFalse();
    }
}
