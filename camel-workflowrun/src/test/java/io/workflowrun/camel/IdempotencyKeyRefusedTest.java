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

import java.util.Map;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A provider without a native idempotency key cannot keep a repeated trigger from starting a second run: a key given to
 * it is refused, naming where it came from, and nothing is sent. (Providers with a key are tested in their packages.)
 */
class IdempotencyKeyRefusedTest extends SimulatorTestSupport {

    private String dify(String more) {
        return "workflowrun:dify?apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")&user=u&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    @Test
    void aKeyInTheHeaderIsRefusedAndNothingIsSent() {
        Exchange out = template.request(dify(""), e -> {
            e.getMessage().setBody(Map.of("q", "x"));
            e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, "order-42");
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Header CamelWorkflowRunIdempotencyKey is set, but provider dify has no idempotency key")
                .hasMessageContaining("nothing was sent");
        assertThat(simulator.requests("dify")).isEmpty();
        assertThat(simulator.runs("dify")).isEmpty();
    }

    @Test
    void aKeyInTheOptionIsRefusedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.getEndpoint(dify("&idempotencyKey=order-42")))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Option idempotencyKey is set, but provider dify has no idempotency key");
    }

    @Test
    void withoutAKeyATriggerRunsAndIsNotReportedAlreadyStarted() {
        Exchange out = send(dify(""), Map.of("q", "x"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class)).isNotBlank();
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);
    }
}
