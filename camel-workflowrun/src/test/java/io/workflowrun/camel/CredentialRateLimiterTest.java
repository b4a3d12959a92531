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

import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoints share a rate limiter by the credential they use: where a provider takes one of two credentials (Airflow: a
 * token, or a user and password), the one that is set tells them apart.
 */
class CredentialRateLimiterTest extends SimulatorTestSupport {

    private CallRateLimiter limiter(String credential) {
        return context.getEndpoint("workflowrun:airflow:process_order?rateLimit=5&baseUrl=" + simulator.baseUrl("airflow") + credential,
                WorkflowRunEndpoint.class).getRateLimiter();
    }

    @Test
    void endpointsOfTheSameUserShareALimiterAndOfAnotherUserDoNot() {
        String password = "&password=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")";

        CallRateLimiter alice = limiter("&username=alice" + password);

        assertThat(limiter("&username=alice" + password + "&requestTimeout=5000")).isSameAs(alice);
        assertThat(limiter("&username=bob" + password)).isNotSameAs(alice);
    }

    @Test
    void endpointsWithAnotherTokenDoNotShareALimiter() {
        CallRateLimiter first = limiter("&token=RAW(token-one)");

        assertThat(limiter("&token=RAW(token-one)&requestTimeout=5000")).isSameAs(first);
        assertThat(limiter("&token=RAW(token-two)")).isNotSameAs(first);
    }
}
