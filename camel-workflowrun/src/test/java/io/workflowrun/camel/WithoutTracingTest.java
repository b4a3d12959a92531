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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tracing SPIs the span decorators implement are optional: this module's tests (all but the tracing ones) run
 * without them on the classpath, as an application without tracing does, and the component starts runs.
 */
class WithoutTracingTest extends SimulatorTestSupport {

    @Test
    void theComponentStartsRunsWithoutCamelsTracingSpis() {
        assertThatThrownBy(() -> Class.forName("org.apache.camel.tracing.SpanDecorator")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.camel.telemetry.SpanDecorator")).isInstanceOf(ClassNotFoundException.class);

        Exchange out = send(WorkflowRunSimulator.sample("dify").uri(simulator.baseUrl("dify")), Map.of("q", "hello"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
    }
}
