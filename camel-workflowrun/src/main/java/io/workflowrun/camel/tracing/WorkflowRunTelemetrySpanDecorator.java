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

import io.workflowrun.camel.WorkflowRunComponent;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/** The workflowrun endpoint's spans for camel-telemetry's tracers (camel-opentelemetry2, camel-telemetry-dev). */
public class WorkflowRunTelemetrySpanDecorator extends AbstractSpanDecorator {

    @Override
    public String getComponent() {
        return "workflowrun";
    }

    @Override
    public String getComponentClassName() {
        return WorkflowRunComponent.class.getName();
    }

    @Override
    public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
        super.beforeTracingEvent(span, exchange, endpoint);
        RunSpanTags.before(exchange, endpoint).forEach(span::setTag);
    }

    /** The run ID exists only once the provider answered: the producer has finished when this runs. */
    @Override
    public void afterTracingEvent(Span span, Exchange exchange) {
        super.afterTracingEvent(span, exchange);
        RunSpanTags.after(exchange).forEach(span::setTag);
    }
}
