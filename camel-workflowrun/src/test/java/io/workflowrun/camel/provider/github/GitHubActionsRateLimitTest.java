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
package io.workflowrun.camel.provider.github;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunThrottledException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GitHub's rate limits answer 403 (or 429) having processed nothing: a trigger is sent again after the wait GitHub asks
 * for (its reset time, its {@code retry-after}, or a minute), or fails at once as throttled where that is beyond the
 * retry budget. Any other 403 is a refusal, never sent again.
 */
class GitHubActionsRateLimitTest extends SimulatorTestSupport {

    private String uri() {
        return WorkflowRunSimulator.sample(GitHubActionsProvider.ID).uri(simulator.baseUrl(GitHubActionsProvider.ID));
    }

    private int sent() {
        return simulator.requests(GitHubActionsProvider.ID).size();
    }

    private static SimulatorResponse forbidden(String message) {
        return SimulatorResponse.json(403, Map.of("message", message, "documentation_url", "https://docs.github.com/rest", "status", "403"));
    }

    @Test
    void aTriggerOverThePrimaryLimitIsSentAgainOnceItsResetHasPassed() {
        simulator.injectNext(GitHubActionsProvider.ID, Fault.providerThrottling());

        Exchange out = send(uri(), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isNotNull();
        assertThat(sent()).isEqualTo(2);
        assertThat(simulator.runs(GitHubActionsProvider.ID)).as("started once").hasSize(1);
    }

    @Test
    void aResetBeyondTheRetryBudgetFailsAtOnceAsThrottledWithTheWaitGitHubAskedFor() {
        long reset = Instant.now().plus(Duration.ofMinutes(40)).getEpochSecond();
        simulator.injectNext(GitHubActionsProvider.ID, forbidden("API rate limit exceeded for user ID 1.")
                .withHeader("x-ratelimit-remaining", "0").withHeader("x-ratelimit-reset", Long.toString(reset)));

        Exchange out = send(uri(), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunThrottledException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getRetryAfter()).isBetween(Duration.ofMinutes(38), Duration.ofMinutes(41));
            assertThat(e.getMessage()).contains("API rate limit exceeded").contains("failed now rather than waiting");
        });
        assertThat(sent()).isEqualTo(1);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aSecondaryLimitWithRetryAfterIsSentAgainAfterIt() {
        simulator.injectNext(GitHubActionsProvider.ID, forbidden("You have exceeded a secondary rate limit. Please wait a few minutes "
                                                                 + "before you try again.").withHeader("Retry-After", "1"));

        Exchange out = send(uri(), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(sent()).isEqualTo(2);
        assertThat(simulator.runs(GitHubActionsProvider.ID)).hasSize(1);
    }

    @Test
    void aSecondaryLimitThatSaysNoWaitAsksForAMinute() {
        simulator.injectNext(GitHubActionsProvider.ID, forbidden("You have exceeded a secondary rate limit. Please wait a few minutes "
                                                                 + "before you try again."));

        Exchange out = send(uri(), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunThrottledException.class,
                e -> assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMinutes(1)));
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void a429IsThrottlingToo() {
        simulator.injectNext(GitHubActionsProvider.ID, SimulatorResponse.json(429, Map.of("message", "Too many requests"))
                .withHeader("Retry-After", "1"));

        assertThat(send(uri(), Map.of("order", "A-1")).getException()).isNull();
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void anyOther403IsARefusalThatIsNotSentAgain() {
        simulator.injectNext(GitHubActionsProvider.ID, forbidden("Resource not accessible by personal access token"));

        Exchange out = send(uri(), Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e).isNotInstanceOf(WorkflowRunThrottledException.class);
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorMessage()).isEqualTo("Resource not accessible by personal access token");
        });
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void theSimulatorsThrottlingIsGitHubsPrimaryLimitAnswer() {
        simulator.injectNext(GitHubActionsProvider.ID, Fault.providerThrottling());
        Exchange out = send(uri() + "&maxAttempts=1", Map.of("order", "A-1"));

        assertThat(out.getException()).isInstanceOfSatisfying(WorkflowRunException.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorMessage()).startsWith("API rate limit exceeded");
            assertThat(e.getRequestId()).isNotBlank();
            assertThat(e.getRetryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        });
    }
}
