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
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.decorators.AbstractSpanDecorator;

/** The workflowrun endpoint's spans for camel-tracing's tracers (camel-opentelemetry, camel-observation). */
public class WorkflowRunTracingSpanDecorator extends AbstractSpanDecorator {

    @Override
    public String getComponent() {
        return "workflowrun";
    }

    @Override
    public String getComponentClassName() {
        return WorkflowRunComponent.class.getName();
    }

    @Override
    public void pre(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        super.pre(span, exchange, endpoint);
        RunSpanTags.before(exchange, endpoint).forEach(span::setTag);
    }

    /** The run ID exists only once the provider answered: the producer has finished when this runs. */
    @Override
    public void post(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
        super.post(span, exchange, endpoint);
        RunSpanTags.after(exchange).forEach(span::setTag);
    }
}
