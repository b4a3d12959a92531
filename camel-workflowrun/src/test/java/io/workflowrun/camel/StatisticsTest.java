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

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.statistics.FailureKind;
import io.workflowrun.camel.statistics.ProviderStatistics;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the component counts per provider, as the health check, metrics and console read it. */
class StatisticsTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-wrongwrongwrongwrong";

    private String dify(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&retryDelay=10&maxRetryDelay=20&baseUrl="
               + simulator.baseUrl("dify") + more;
    }

    private ProviderStatistics dify() {
        return context.getComponent("workflowrun", WorkflowRunComponent.class).getStatistics().of("dify");
    }

    @Test
    void triggersThrottlingAndResendsAreCounted() {
        simulator.injectNext("dify", SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "slow down",
                "status", 429)));

        assertThat(send(dify(""), Map.of("k", "v")).getException()).isNull();
        assertThat(send(dify(""), Map.of("k", "v")).getException()).isNull();

        ProviderStatistics stats = dify();
        assertThat(stats.triggersStarted()).isEqualTo(2);
        assertThat(stats.throttled()).isEqualTo(1);
        assertThat(stats.retried()).isEqualTo(1);
        assertThat(stats.attempts()).isEqualTo(3);
        assertThat(stats.failures()).isZero();
    }

    @Test
    void failuresAreCountedByKindAndKeptWithoutSecrets() {
        Exchange bad = template.request(dify(""), e -> e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "restart"));
        Exchange refused = send("workflowrun:dify?apiKey=" + WRONG_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"), null);
        simulator.injectNext("dify", SimulatorResponse.noAnswer());
        Exchange lost = send(dify(""), null);

        assertThat(bad.getException()).isNotNull();
        assertThat(refused.getException()).isNotNull();
        assertThat(lost.getException()).isNotNull();
        ProviderStatistics stats = dify();
        assertThat(stats.failures(FailureKind.INVALID_INPUT)).isEqualTo(1);
        assertThat(stats.failures(FailureKind.AUTHENTICATION)).isEqualTo(1);
        assertThat(stats.maybeStarted()).isEqualTo(1);
        assertThat(stats.failures()).isEqualTo(3);
        assertThat(stats.recentErrors()).extracting(ProviderStatistics.RecentError::kind)
                .containsExactly(FailureKind.MAYBE_STARTED, FailureKind.AUTHENTICATION, FailureKind.INVALID_INPUT);
        assertThat(stats.recentErrors()).allSatisfy(error -> assertThat(error.message())
                .doesNotContain(WRONG_KEY).doesNotContain(WorkflowRunSimulator.API_KEY));
    }

    @Test
    void authenticationFailuresInARowEndWithTheFirstAcceptedCall() {
        String wrong = "workflowrun:dify?apiKey=" + WRONG_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify");
        send(wrong, null);
        send(wrong, null);

        assertThat(dify().authenticationFailuresInARow()).isEqualTo(2);
        assertThat(dify().lastAuthenticationFailure().message()).contains("401").doesNotContain(WRONG_KEY);

        assertThat(send(dify(""), null).getException()).isNull();
        assertThat(dify().authenticationFailuresInARow()).isZero();
    }

    @Test
    void waitsArePendingUntilTheirRunEnds() {
        simulator.setTimeline(Duration.ofMillis(50), Duration.ofMillis(100));
        String interactly = "workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WorkflowRunSimulator.API_KEY
                            + "&teamId=t&waitForCompletion=true&pollInterval=20&maxPollInterval=40&baseUrl="
                            + simulator.baseUrl("interactly");

        Exchange out = send(interactly, "{}");

        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        ProviderStatistics stats = context.getComponent("workflowrun", WorkflowRunComponent.class).getStatistics().of("interactly");
        assertThat(stats.triggersStarted()).isEqualTo(1);
        assertThat(stats.waitsPending()).isZero();
        assertThat(stats.waitsEnded()).isEqualTo(1);
        assertThat(stats.waitSeconds()).isGreaterThan(0.1);
        assertThat(stats.polls()).isPositive();
        assertThat(stats.statusCalls()).as("polls are not status operations").isZero();
    }

    @Test
    void callsThatWaitForARateLimitSlotAreCounted() {
        for (int i = 0; i < 3; i++) {
            assertThat(send(dify("&rateLimit=20"), null).getException()).isNull();
        }

        ProviderStatistics stats = dify();
        assertThat(stats.rateLimitDelayed()).isBetween(1L, 2L);
        assertThat(stats.rateLimitMaxDelaySeconds()).isGreaterThan(0).isLessThanOrEqualTo(0.05);
        assertThat(stats.triggersStarted()).isEqualTo(3);
    }

    @Test
    void statusAndCancelAreCountedAsTheirOperations() {
        simulator.setTimeline(Duration.ofSeconds(30), Duration.ofSeconds(30));
        String interactly = "workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WorkflowRunSimulator.API_KEY
                            + "&teamId=t&baseUrl=" + simulator.baseUrl("interactly");
        String runId = send(interactly, "{}").getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        for (WorkflowRunOperation operation : new WorkflowRunOperation[] { WorkflowRunOperation.status, WorkflowRunOperation.cancel }) {
            Exchange out = template.request(interactly, e -> {
                e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation.name());
                e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
            });
            assertThat(out.getException()).isNull();
        }

        ProviderStatistics stats = context.getComponent("workflowrun", WorkflowRunComponent.class).getStatistics().of("interactly");
        assertThat(stats.triggersStarted()).isEqualTo(1);
        assertThat(stats.statusCalls()).isEqualTo(1);
        assertThat(stats.cancels()).isEqualTo(1);
    }

    @Test
    void failuresAreKindedAsTheProviderTellsThem() {
        simulator.injectNext("dify", SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "slow down",
                "status", 429)));
        send(dify("&maxAttempts=1"), null);
        // Tencent refuses a signature in an HTTP 200 answer, with its own error code
        String tencent = "workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou&projectId=1"
                         + "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=" + WRONG_KEY
                         + "&baseUrl=" + simulator.baseUrl("tencent-wedata");
        assertThat(send(tencent, Map.of("k", "v")).getException()).isNotNull();

        assertThat(dify().failures(FailureKind.THROTTLED)).isEqualTo(1);
        ProviderStatistics stats = context.getComponent("workflowrun", WorkflowRunComponent.class).getStatistics().of("tencent-wedata");
        assertThat(stats.failures(FailureKind.AUTHENTICATION)).isEqualTo(1);
        assertThat(stats.authenticationFailuresInARow()).isEqualTo(1);
    }
}
