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

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.ProviderClient;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/** Start, follow or stop runs of a workflow on a hosted workflow service. */
// AsyncEndpoint: the producer never blocks a route's thread, and Camel's tooling sets the catalog's async flag from
// this type (said here, not in the Javadoc above, which is the catalog's description)
@UriEndpoint(firstVersion = "0.1.0", scheme = "workflowrun", title = "Workflow Run",
             syntax = "workflowrun:provider:workflowId", producerOnly = true,
             category = { Category.WORKFLOW, Category.CLOUD }, headersClass = RegisteredProviderHeaders.class)
public class WorkflowRunEndpoint extends DefaultEndpoint implements AsyncEndpoint {

    @UriParam
    private WorkflowRunConfiguration configuration;

    private ProviderClient providerClient;
    private RateLimiter rateLimiter;

    public WorkflowRunEndpoint(String uri, WorkflowRunComponent component, WorkflowRunConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public WorkflowRunComponent getComponent() {
        return (WorkflowRunComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new WorkflowRunProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The workflowrun component only sends; it has no consumer");
    }

    public WorkflowRunConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WorkflowRunConfiguration configuration) {
        this.configuration = configuration;
    }

    ProviderClient getProviderClient() {
        return providerClient;
    }

    void setProviderClient(ProviderClient providerClient) {
        this.providerClient = providerClient;
    }

    /** The limiter shared by endpoints with this endpoint's provider and credential, or null for none. */
    RateLimiter getRateLimiter() {
        return rateLimiter;
    }

    void setRateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    HttpTransport.Limits limits() {
        return new HttpTransport.Limits(configuration.getConnectTimeout(), configuration.getRequestTimeout(),
                configuration.getMaxResponseSize());
    }
}
