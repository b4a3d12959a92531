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

import io.workflowrun.camel.health.HealthProbe;
import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.statistics.FailureKind;
import io.workflowrun.camel.statistics.ProviderStatistics;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/** Start, follow or stop runs of a workflow on a hosted workflow service. */
// AsyncEndpoint: the producer never blocks a route's thread, and Camel's tooling sets the catalog's async flag from
// this type. With Camel's JMX on, the endpoint's MBean shows the numbers of its provider (all of this component's
// endpoints of that provider) as attributes besides Camel's own. (Said here, not in the Javadoc above, which is the
// catalog's description.)
@ManagedResource(description = "Managed WorkflowRunEndpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "workflowrun", title = "Workflow Run",
             syntax = "workflowrun:provider:workflowId", producerOnly = true,
             category = { Category.WORKFLOW, Category.CLOUD }, headersClass = RegisteredProviderHeaders.class)
public class WorkflowRunEndpoint extends DefaultEndpoint implements AsyncEndpoint {

    @UriParam
    private WorkflowRunConfiguration configuration;

    private ProviderClient providerClient;
    private CallRateLimiter rateLimiter;
    private HealthProbe healthProbe;
    private String account;

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
    CallRateLimiter getRateLimiter() {
        return rateLimiter;
    }

    void setRateLimiter(CallRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** The provider and a hash of the credential's identity, as the rate limit store and the run journal know them. */
    String getAccount() {
        return account;
    }

    void setAccount(String account) {
        this.account = account;
    }

    /** The probe of the endpoint's provider and credential, or null where healthCheckProbe is off. */
    HealthProbe getHealthProbe() {
        return healthProbe;
    }

    void setHealthProbe(HealthProbe healthProbe) {
        this.healthProbe = healthProbe;
    }

    @ManagedAttribute(description = "The provider's id")
    public String getProvider() {
        return configuration.getProvider();
    }

    @ManagedAttribute(description = "The workflow the URI names, or null")
    public String getWorkflowId() {
        return configuration.getWorkflowId();
    }

    private ProviderStatistics statistics() {
        return getComponent().getStatistics().of(configuration.getProvider());
    }

    @ManagedAttribute(description = "Triggers of the provider that started a run (or found it started by its idempotency key)")
    public long getTriggersStarted() {
        return statistics().triggersStarted();
    }

    @ManagedAttribute(description = "Triggers of the provider sent without an answer: the run may exist")
    public long getTriggersMaybeStarted() {
        return statistics().maybeStarted();
    }

    @ManagedAttribute(description = "Calls sent to the provider (first attempts, resends and polls)")
    public long getCallsSent() {
        return statistics().attempts();
    }

    @ManagedAttribute(description = "Answers of the provider that refused a call unprocessed (throttling)")
    public long getCallsThrottled() {
        return statistics().throttled();
    }

    @ManagedAttribute(description = "Calls to the provider sent again after a failed attempt")
    public long getCallsRetried() {
        return statistics().retried();
    }

    @ManagedAttribute(description = "Exchanges to the provider that failed")
    public long getFailures() {
        return statistics().failures();
    }

    @ManagedAttribute(description = "Failed exchanges to the provider by kind, the kinds seen only (e.g. authentication=2 throttled=1)")
    public String getFailuresByKind() {
        ProviderStatistics statistics = statistics();
        StringBuilder text = new StringBuilder();
        for (FailureKind kind : FailureKind.values()) {
            long count = statistics.failures(kind);
            if (count > 0) {
                text.append(text.isEmpty() ? "" : " ").append(kind.tag()).append('=').append(count);
            }
        }
        return text.toString();
    }

    @ManagedAttribute(description = "Waits for a run's outcome in flight, for the provider")
    public long getWaitsPending() {
        return statistics().waitsPending();
    }

    @ManagedAttribute(description = "Waits for a run's outcome that ended, for the provider")
    public long getWaitsEnded() {
        return statistics().waitsEnded();
    }

    @ManagedAttribute(description = "Seconds the ended waits took, in total")
    public double getWaitSecondsTotal() {
        return statistics().waitSeconds();
    }

    @ManagedAttribute(description = "Status polls of the provider's waits")
    public long getPolls() {
        return statistics().polls();
    }

    @ManagedAttribute(description = "Calls to the provider that waited for a rate-limit slot")
    public long getRateLimitDelayed() {
        return statistics().rateLimitDelayed();
    }

    @ManagedAttribute(description = "Seconds calls to the provider waited for rate-limit slots, in total")
    public double getRateLimitDelaySecondsTotal() {
        return statistics().rateLimitDelaySeconds();
    }

    @ManagedAttribute(description = "The wait a call to the provider taking a rate-limit slot now would have, in milliseconds")
    public long getRateLimitBacklogMillis() {
        return statistics().rateLimitBacklogMillis();
    }

    @ManagedAttribute(description = "Answers of the provider in a row that refused the credentials")
    public long getAuthenticationFailuresInARow() {
        return statistics().authenticationFailuresInARow();
    }

    HttpTransport.Limits limits() {
        return new HttpTransport.Limits(configuration.getConnectTimeout(), configuration.getRequestTimeout(),
                configuration.getMaxResponseSize());
    }
}
