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
import java.util.Map;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trigger answered by a gateway that passed it on and lost the answer (502, 504, Cloudflare's 520 and 524) may have
 * started its run behind the gateway, as Dify Cloud's blocking runs do past about 100 s: it fails as "may have started"
 * and is never sent again. Status calls change nothing and are sent again as before.
 */
class GatewayTimeoutTest extends SimulatorTestSupport {

    private static String dify(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&retryDelay=5&maxRetryDelay=10&baseUrl="
               + simulator.baseUrl("dify") + more;
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {504, 524})
    void aGatewayTimeoutAfterTheRunStartedIsMaybeStartedAndNotSentAgain(int status) {
        simulator.injectNext("dify", Fault.gatewayTimeout(status));

        Exchange out = send(dify(""), Map.of("order", "o-1"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        WorkflowRunMaybeStartedException e = (WorkflowRunMaybeStartedException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getMessage()).contains("HTTP " + status).contains("gateway").contains("not sent again");
        assertThat(simulator.requests("dify")).as("never sent again").hasSize(1);
        assertThat(simulator.runs("dify")).as("the run the gateway hid").hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {502, 504, 520, 524})
    void everyForwardedThenLostStatusIsMaybeStarted(int status) {
        simulator.injectNext("dify", SimulatorResponse.text(status, "text/html", "<html>" + status + "</html>"));

        Exchange out = send(dify(""), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(((WorkflowRunMaybeStartedException) out.getException()).getHttpStatus()).isEqualTo(status);
        assertThat(simulator.requests("dify")).hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 503, 522})
    void otherServerErrorsStayProviderErrorsAndAreNotSentAgain(int status) {
        simulator.injectNext("dify", SimulatorResponse.text(status, "text/html", "<html>" + status + "</html>"));

        Exchange out = send(dify(""), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(simulator.requests("dify")).hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {504, 524})
    void aStatusCallAnsweredByAGatewayTimeoutIsSentAgain(int status) {
        Exchange started = send(dify(""), null);
        simulator.injectNext("dify", Fault.gatewayTimeout(status));

        Exchange out = template.request(dify(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, started.getMessage().getHeader(WorkflowRunConstants.RUN_ID));
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests("dify")).hasSize(3);
    }
}
