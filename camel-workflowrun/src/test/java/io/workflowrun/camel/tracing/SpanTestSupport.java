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
package io.workflowrun.camel.tracing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real tracer of one of Camel's two tracing SPIs, its spans kept by the OpenTelemetry SDK's in-memory exporter: the
 * span of each workflowrun call carries the provider, the workflow, the operation and the run ID the simulator gave.
 */
abstract class SpanTestSupport extends SimulatorTestSupport {

    private static final String PROVIDER = "tencent-wedata";
    private static final String TOKEN = "SpanSessionToken-NotToLeak";

    static {
        SecretGuard.watch(TOKEN);
    }

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();

    /** Puts the tracer under test into the context, before it starts. */
    abstract void trace(CamelContext camel, Tracer tracer) throws Exception;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        trace(camel, tracerProvider.get("workflowrun-test"));
        return camel;
    }

    @AfterEach
    void closeTracer() {
        tracerProvider.close();
    }

    @Test
    void aTriggersSpanCarriesTheRunTheProviderStarted() throws Exception {
        String workflow = WorkflowRunSimulator.sample(PROVIDER).workflowId();

        Exchange out = send("direct:trigger", "");

        assertThat(out.getException()).isNull();
        SimulatedRun run = simulator.runs(PROVIDER).get(0);
        Map<String, String> tags = workflowRunSpan();
        assertThat(tags).containsEntry(RunSpanTags.PROVIDER, PROVIDER).containsEntry(RunSpanTags.WORKFLOW_ID, workflow)
                .containsEntry(RunSpanTags.OPERATION, "trigger").containsEntry(RunSpanTags.RUN_ID, run.runId())
                .containsEntry(RunSpanTags.REQUEST_ID, out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class));
    }

    @Test
    void aStatusSpanCarriesTheRunItAskedAboutAndItsStatus() throws Exception {
        String runId = send("direct:trigger", "").getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        exporter.reset();

        Exchange out = template.request("direct:status", e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId));

        assertThat(out.getException()).isNull();
        assertThat(workflowRunSpan()).containsEntry(RunSpanTags.OPERATION, "status").containsEntry(RunSpanTags.RUN_ID, runId)
                .containsEntry(RunSpanTags.RUN_STATUS, out.getMessage().getHeader(WorkflowRunConstants.STATUS).toString());
    }

    @Test
    void aRunThatFailsLeavesItsIdAndStatusOnTheFailedSpan() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        simulator.setOutcome(WorkflowRunSimulator.sample(PROVIDER).workflowId(), RunState.FAILED);

        Exchange out = send("direct:wait", "");

        assertThat(out.getException()).isInstanceOf(WorkflowRunFailedException.class);
        assertThat(workflowRunSpan()).containsEntry(RunSpanTags.RUN_ID, simulator.runs(PROVIDER).get(0).runId())
                .containsEntry(RunSpanTags.RUN_STATUS, "FAILED");
    }

    @Test
    void noSpanAttributeHoldsACredential() throws Exception {
        send("direct:trigger", "");

        List<String> values = exporter.getFinishedSpanItems().stream()
                .flatMap(span -> span.getAttributes().asMap().values().stream()).map(String::valueOf).toList();
        assertThat(values).isNotEmpty().noneMatch(value -> value.contains(WorkflowRunSimulator.SECRET_KEY))
                .noneMatch(value -> value.contains(WorkflowRunSimulator.ACCESS_KEY)).noneMatch(value -> value.contains(TOKEN));
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String uri = WorkflowRunSimulator.sample(PROVIDER).uri(simulator.baseUrl(PROVIDER)) + "&securityToken=RAW(" + TOKEN + ")";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:trigger").to(uri);
                from("direct:status").to(uri + "&operation=status");
                from("direct:wait").to(uri + "&waitForCompletion=true&pollInterval=20");
            }
        };
    }

    /** The tags of the one finished span of a workflowrun endpoint. */
    private Map<String, String> workflowRunSpan() {
        List<SpanData> spans = exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getAttributes().get(AttributeKey.stringKey(RunSpanTags.PROVIDER)) != null).toList();
        assertThat(spans).as("workflowrun spans among %s", exporter.getFinishedSpanItems()).hasSize(1);
        Map<String, String> tags = new java.util.TreeMap<>();
        spans.get(0).getAttributes().forEach((key, value) -> tags.put(key.getKey(), String.valueOf(value)));
        return tags;
    }
}
