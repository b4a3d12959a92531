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
import io.workflowrun.camel.model.WorkflowRunThrottledException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A throttled call whose answer says when to come back ({@code Retry-After}, seconds or an HTTP date) is sent again no
 * sooner than that, within maxRetryDelay and maxRetryTime; a wait longer than those allow fails at once, saying so.
 */
class RetryAfterTest extends SimulatorTestSupport {

    private static final String WORKFLOW = "5eb7cf5a86d9755df3a6c593";

    /** Interactly: a bearer provider whose official SDK honours Retry-After too. */
    private String interactly(String more) {
        return "workflowrun:interactly:" + WORKFLOW + "?apiKey=" + WorkflowRunSimulator.API_KEY + "&teamId=t"
               + "&retryDelay=10&baseUrl=" + simulator.baseUrl("interactly") + more;
    }

    private static long gapMillis(List<WorkflowRunSimulator.Recorded> requests, int from, int to) {
        return Duration.between(requests.get(from).request().receivedAt(), requests.get(to).request().receivedAt()).toMillis();
    }

    @Test
    void retryAfterInSecondsIsWaitedForBeforeTheTriggerIsSentAgain() {
        simulator.injectNext("interactly", Fault.http429(Duration.ofSeconds(1)));

        Exchange out = send(interactly(""), Map.of("k", "v"));

        assertThat(out.getException()).isNull();
        List<WorkflowRunSimulator.Recorded> requests = simulator.requests("interactly");
        assertThat(requests).hasSize(2);
        // retryDelay is 10 ms: only the answer's Retry-After makes the wait a second long
        assertThat(gapMillis(requests, 0, 1)).isGreaterThanOrEqualTo(990);
        assertThat(simulator.runs("interactly")).hasSize(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedFor() {
        // two seconds after the simulator's own Date header, which has whole seconds only: a wait of 1 to 2 s
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(2).atOffset(ZoneOffset.UTC));
        simulator.injectNext("interactly", SimulatorResponse.json(429, Map.of("detail", "Rate limit exceeded"))
                .withHeader("Retry-After", date));

        Exchange out = send(interactly(""), null);

        assertThat(out.getException()).isNull();
        assertThat(gapMillis(simulator.requests("interactly"), 0, 1)).isGreaterThanOrEqualTo(990);
    }

    @Test
    void aProviderThrottlingAnswerWithRetryAfterIsWaitedFor() {
        simulator.injectNext("interactly", Fault.providerThrottling(Duration.ofSeconds(1)));

        Exchange out = send(interactly(""), null);

        assertThat(out.getException()).isNull();
        assertThat(gapMillis(simulator.requests("interactly"), 0, 1)).isGreaterThanOrEqualTo(990);
    }

    @Test
    void aWaitLongerThanMaxRetryDelayFailsAtOnceSayingWhatWasAskedAndTheBudget() {
        simulator.injectNext("interactly", Fault.http429(Duration.ofSeconds(120)));
        long started = System.nanoTime();

        Exchange out = send(interactly(""), Map.of("k", "v"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(out.getException()).isInstanceOf(WorkflowRunThrottledException.class);
        WorkflowRunThrottledException e = (WorkflowRunThrottledException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(429);
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(e.getMessage()).contains("120 s").contains("maxRetryDelay").contains("5000 ms");
        assertThat(simulator.requests("interactly")).hasSize(1);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aWaitPastMaxRetryTimeFailsAtOnceNamingIt() {
        simulator.injectNext("interactly", Fault.http429(Duration.ofSeconds(3)));

        Exchange out = send(interactly("&maxRetryDelay=10000&maxRetryTime=2000"), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunThrottledException.class);
        assertThat(out.getException().getMessage()).contains("3 s").contains("maxRetryTime").contains("2000 ms");
        assertThat(simulator.requests("interactly")).hasSize(1);
    }

    @Test
    void theLastAttemptKeepsWhatTheProviderAsked() {
        simulator.injectNext("interactly", Fault.http429(Duration.ofSeconds(1)));

        Exchange out = send(interactly("&maxAttempts=1"), null);

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(((WorkflowRunException) out.getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(simulator.requests("interactly")).hasSize(1);
    }

    @Test
    void aStatusCallAnsweredServiceUnavailableIsSentAgainNoSoonerThanItsRetryAfterAsks() {
        String runId = send(interactly(""), Map.of("k", "v")).getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        // a gateway's "come back later" (RFC 9110: 503 may come with Retry-After)
        simulator.injectNext("interactly", SimulatorResponse.text(503, "text/html", "<html>Service Unavailable</html>")
                .withHeader("Retry-After", "1"));

        Exchange out = template.request(interactly(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
        });

        assertThat(out.getException()).isNull();
        List<WorkflowRunSimulator.Recorded> requests = simulator.requests("interactly");
        assertThat(requests).hasSize(3);
        // retryDelay is 10 ms: only the answer's Retry-After makes the wait a second long
        assertThat(gapMillis(requests, 1, 2)).isGreaterThanOrEqualTo(990);
    }

    @Test
    void aTriggerAnsweredServiceUnavailableIsNotSentAgainButSaysWhenToComeBack() {
        simulator.injectNext("interactly", SimulatorResponse.text(503, "text/html", "<html>Service Unavailable</html>")
                .withHeader("Retry-After", "1"));

        Exchange out = send(interactly(""), Map.of("k", "v"));

        // a 503 does not say that the service did nothing with the trigger: it is not sent again, whatever it asks
        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class).isNotInstanceOf(WorkflowRunThrottledException.class);
        WorkflowRunException e = (WorkflowRunException) out.getException();
        assertThat(e.getHttpStatus()).isEqualTo(503);
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(simulator.requests("interactly")).hasSize(1);
    }

    @Test
    void aWaitForCompletionPollsNoSoonerThanAThrottledPollAsks() {
        // FunctionGraph's trigger and status answers, with a throttled poll between them
        simulator.injectNext("huawei-functiongraph", SimulatorResponse.json(200, Map.of("execution_id", "e-1")));
        simulator.injectNext("huawei-functiongraph", Fault.http429(Duration.ofSeconds(1)));
        simulator.injectNext("huawei-functiongraph", SimulatorResponse.json(200, Map.of("execution_id", "e-1", "status", "success")));

        Exchange out = send("workflowrun:huawei-functiongraph:wf-1?region=cn-north-4&projectId=p&accessKey="
                            + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=" + WorkflowRunSimulator.SECRET_KEY
                            + "&waitForCompletion=true&pollInterval=10&maxAttempts=1&baseUrl="
                            + simulator.baseUrl("huawei-functiongraph"), null);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.PROVIDER_STATUS)).isEqualTo("success");
        List<WorkflowRunSimulator.Recorded> requests = simulator.requests("huawei-functiongraph");
        assertThat(requests).hasSize(3);
        assertThat(gapMillis(requests, 1, 2)).isGreaterThanOrEqualTo(990);
    }
}
