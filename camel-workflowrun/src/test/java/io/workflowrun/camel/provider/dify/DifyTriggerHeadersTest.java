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
package io.workflowrun.camel.provider.dify;

import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.simulator.JsonBodies;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Dify's {@code files} beside the inputs, and the caller's trace ID, from headers. */
class DifyTriggerHeadersTest extends SimulatorTestSupport {

    private static final Map<String, Object> FILE = Map.of("type", "document", "transfer_method", "remote_url",
            "url", "https://example.com/report.pdf");

    private String uri() {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=alice&baseUrl=" + simulator.baseUrl("dify");
    }

    private Exchange trigger(String header, Object value) {
        return template.request(uri(), e -> {
            e.getMessage().setBody(Map.of("q", 1));
            e.getMessage().setHeader(header, value);
        });
    }

    @Test
    void filesGoBesideTheInputs() {
        Exchange out = trigger(DifyConstants.FILES, List.of(FILE));

        assertThat(out.getException()).isNull();
        Map<String, Object> body = JsonBodies.object(simulator.requests("dify").get(0).request());
        assertThat(body).containsEntry("files", List.of(FILE)).containsEntry("inputs", Map.of("q", 1));
    }

    @Test
    void filesMayBeJsonArrayText() {
        Exchange out = trigger(DifyConstants.FILES,
                "[{\"type\": \"image\", \"transfer_method\": \"local_file\", \"upload_file_id\": \"f-1\"}]");

        assertThat(out.getException()).isNull();
        assertThat(JsonBodies.object(simulator.requests("dify").get(0).request()).get("files"))
                .isEqualTo(List.of(Map.of("type", "image", "transfer_method", "local_file", "upload_file_id", "f-1")));
    }

    @Test
    void filesOfTheWrongShapeAreRefusedNamingTheHeaderAndNothingIsSent() {
        Exchange notAList = trigger(DifyConstants.FILES, Map.of("url", "x"));
        Exchange notJson = trigger(DifyConstants.FILES, "report.pdf");
        Exchange notObjects = trigger(DifyConstants.FILES, List.of("report.pdf"));

        assertThat(notAList.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DifyConstants.FILES).hasMessageContaining("java.util");
        assertThat(notJson.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DifyConstants.FILES).hasMessageContaining("is not valid JSON")
                .hasMessageContaining("expected exactly one JSON array");
        assertThat(notObjects.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DifyConstants.FILES).hasMessageContaining("item 0");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void theTraceIdIsSentAsXTraceId() {
        Exchange out = trigger(DifyConstants.TRACE_ID, "order-4711_a");

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests("dify").get(0).request().header("X-Trace-Id")).isEqualTo("order-4711_a");
    }

    @Test
    void aTraceIdDifyWouldIgnoreIsRefusedNamingTheHeaderAndNothingIsSent() {
        Exchange out = trigger(DifyConstants.TRACE_ID, "order 4711/a");

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DifyConstants.TRACE_ID).hasMessageContaining("order 4711/a")
                .hasMessageContaining("128");
        assertThat(simulator.requests()).isEmpty();
    }
}
