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

import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.util.Map;
import io.workflowrun.camel.provider.dify.DifyConstants;

import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request cannot leave before its connection, TLS included, is made: a failure before that proves that nothing was
 * sent, whatever the failure (a handshake that never completes, garbage instead of a ServerHello), so the call is a
 * transport error with requestSent=false and a trigger is sent again, never reported as "may have started".
 */
class ConnectionNeverMadeTest extends CamelTestSupport {

    private static String https(LoopbackServer server, String operation) {
        return "workflowrun:dify?apiKey=k&user=u&operation=" + operation + "&connectTimeout=300&requestTimeout=1000&maxAttempts=2"
               + "&retryDelay=5&maxRetryDelay=10&baseUrl=https://127.0.0.1:" + server.port() + "/v1";
    }

    private Exchange call(String uri) {
        return template.request(uri, e -> {
            e.getMessage().setBody(Map.of("k", "v"));
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, "r-1");
            e.getMessage().setHeader(DifyConstants.TASK_ID, "t-1");
        });
    }

    private static void assertNothingSent(Exchange out, LoopbackServer server) {
        assertThat(out.getException()).isInstanceOf(WorkflowRunTransportException.class)
                .isNotInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(((WorkflowRunTransportException) out.getException()).isRequestSent()).as("request sent").isFalse();
        assertThat(out.getException().getMessage()).contains("no connection was made (TLS included), so nothing was sent");
        assertThat(server.accepted()).as("sent again, since nothing can have started").isEqualTo(2);
    }

    @Test
    void aTlsHandshakeThatNeverCompletesSentNothing() throws Exception {
        for (String operation : new String[] {"trigger", "status", "cancel"}) {
            try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
                assertNothingSent(call(https(server, operation)), server);
            }
        }
    }

    @Test
    void aPlainHttpAnswerToTheClientHelloSentNothing() throws Exception {
        for (String operation : new String[] {"trigger", "status", "cancel"}) {
            try (LoopbackServer server = new LoopbackServer(LoopbackServer.plainHttp())) {
                assertNothingSent(call(https(server, operation)), server);
            }
        }
    }

    @Test
    void aConnectionMadeAndThenSilentMayHaveStartedATrigger() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.silent())) {
            Exchange out = call(https(server, "trigger").replace("https:", "http:"));

            assertThat(out.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
            assertThat(server.accepted()).isEqualTo(1);
        }
    }
}
