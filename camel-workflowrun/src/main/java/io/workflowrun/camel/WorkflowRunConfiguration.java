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

import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.ProviderDeclaration;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Every option of the endpoint, for every provider. One flat class (as Camel's own cloud components do) so that each
 * option can be set once on the component and is shown by Camel tooling. The options every endpoint has are declared
 * here; each provider's own come from its declaration (see {@link ProviderDeclaration}) through the generated
 * superclass, and the provider reads them through {@link #options(Class)}.
 */
@UriParams
@Configurer
public class WorkflowRunConfiguration extends RegisteredProviderOptions implements EndpointSettings, Cloneable {

    @UriPath(description = "The workflow to run, in the provider's own form (optional where the provider's page says so).")
    private String workflowId;

    @UriParam(label = "common", defaultValue = "trigger", enums = "trigger,status,cancel",
              description = "What to do: start a run, read a run's status, or cancel a run.")
    private WorkflowRunOperation operation = WorkflowRunOperation.trigger;
    @UriParam(label = "common",
              description = "The idempotency key of each trigger where the CamelWorkflowRunIdempotencyKey header gives none: a second "
                            + "trigger with the same key returns the first one's run. For providers that have one (see the "
                            + "provider's page), and for all where the component has a runJournal; refused before sending otherwise.")
    private String idempotencyKey;
    @UriParam(label = "common",
              description = "Overrides the provider's endpoint: scheme, host, optional port and optional path prefix. Signed requests sign this host.")
    private String baseUrl;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "int",
              description = "Milliseconds to wait for a connection to the provider.")
    private int connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "int",
              description = "Milliseconds one call may take at most, from sending it (connecting included) to the last byte of the provider's whole "
                            + "answer (an event stream included): then it is cut off, however steadily the answer trickles in. "
                            + "A provider's blocking mode may need more (see its page).")
    private int requestTimeout = 120_000;
    @UriParam(label = "advanced", defaultValue = "10485760", javaType = "int",
              description = "The most bytes read from one answer (and from one event of an event stream). A larger answer fails its "
                            + "exchange, and its connection is dropped; a trigger answered with a larger success fails with "
                            + "WorkflowRunMaybeStartedException, since its run may exist.")
    private int maxResponseSize = 10 * 1024 * 1024;

    @UriParam(label = "reliability", defaultValue = "3",
              description = "How many times a call is sent at most. A trigger is sent again only when the provider surely started no run "
                            + "(no connection, HTTP 429 or its throttling codes); never after it was sent and no answer came.")
    private int maxAttempts = 3;
    @UriParam(label = "reliability", defaultValue = "200", javaType = "java.time.Duration",
              description = "Milliseconds before the second attempt; each next wait doubles (with jitter) up to maxRetryDelay.")
    private long retryDelay = 200;
    @UriParam(label = "reliability", defaultValue = "5000", javaType = "java.time.Duration",
              description = "The longest wait between two attempts, in milliseconds.")
    private long maxRetryDelay = 5000;
    @UriParam(label = "reliability", defaultValue = "30000", javaType = "java.time.Duration",
              description = "No attempt starts later than this many milliseconds after the first.")
    private long maxRetryTime = 30_000;

    @UriParam(label = "reliability",
              description = "Requests per second at most, per provider and credential, shared by all endpoints of the component that "
                            + "use that credential; calls over it wait (without holding a thread). Default: the provider's documented "
                            + "limit (see the provider's page), else none. 0 turns it off.")
    private Double rateLimit;
    @UriParam(label = "security", defaultValue = "false",
              description = "Allow a plain http baseUrl to a host other than loopback. Off: credentials and signatures travel only over "
                            + "HTTPS, except to 127.0.0.1/localhost (simulators, sidecars).")
    private boolean allowPlainHttp;

    @UriParam(label = "lifecycle", defaultValue = "false",
              description = "On trigger: wait, without holding a thread, until the run ends (or waitTimeout passes), polling its status "
                            + "(or reading the run's event stream first, where the provider streams it).")
    private boolean waitForCompletion;
    @UriParam(label = "lifecycle", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Milliseconds before the first status poll of waitForCompletion; each next wait doubles, up to maxPollInterval.")
    private long pollInterval = 1000;
    @UriParam(label = "lifecycle", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest wait between two status polls of waitForCompletion, in milliseconds.")
    private long maxPollInterval = 30_000;
    @UriParam(label = "lifecycle", defaultValue = "3600000", javaType = "java.time.Duration",
              description = "Milliseconds waitForCompletion waits for the run to end before failing the exchange with WorkflowRunTimeoutException.")
    private long waitTimeout = 3_600_000;
    @UriParam(label = "lifecycle", defaultValue = "true",
              description = "With waitForCompletion: whether a run that ends FAILED or CANCELLED fails the exchange with WorkflowRunFailedException.")
    private boolean failOnRunFailure = true;
    @UriParam(label = "lifecycle",
              description = "With waitForCompletion, an idempotency key and the component's runJournal: the wait is durable. The "
                            + "trigger's exchange ends once its run is recorded, and the run's outcome is sent to this endpoint URI "
                            + "(e.g. jms:queue:outcomes), once, by whichever instance follows the run when it ends.")
    private String outcomeUri;

    @UriParam(label = "health", defaultValue = "false",
              description = "Probe the provider for the health check: a status call for a run that does not exist (never a trigger), "
                            + "sent in the background when a health check asks, at most once per healthCheckProbeInterval per provider "
                            + "and credential, and cut off after requestTimeout. Readiness goes DOWN while the probe gets no answer; an "
                            + "answer that refuses the credentials counts as any refused call does. Off: no call is made for health.")
    private boolean healthCheckProbe;
    @UriParam(label = "health", defaultValue = "60000", javaType = "java.time.Duration",
              description = "At most one health probe per this many milliseconds, per provider and credential.")
    private long healthCheckProbeInterval = 60_000;
    @UriParam(label = "health", javaType = "java.time.Duration",
              description = "Readiness goes DOWN while a call taking a rate-limit slot now would wait longer than this many milliseconds "
                            + "for it (the rate limiter's queue is saturated). Default: maxRetryTime, the time a call may take to be "
                            + "sent again, but at least 1 second (a shorter wait is the limiter spacing calls, not a queue).")
    private Long healthCheckMaxRateLimitWait;

    public WorkflowRunConfiguration copy() {
        try {
            return (WorkflowRunConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public <T> T options(Class<T> declared) {
        if (!declared.isInterface() || !declared.isInstance(this)) {
            throw new IllegalArgumentException(declared.getName() + " is not the options interface of a registered provider");
        }
        return declared.cast(this);
    }

    @Override
    public String getWorkflowId() {
        return workflowId;
    }

    public void setWorkflowId(String workflowId) {
        this.workflowId = workflowId;
    }

    public WorkflowRunOperation getOperation() {
        return operation;
    }

    public void setOperation(WorkflowRunOperation operation) {
        this.operation = operation;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    @Override
    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(int connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(int requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public long getMaxRetryTime() {
        return maxRetryTime;
    }

    public void setMaxRetryTime(long maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public Double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public long getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(long waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public String getOutcomeUri() {
        return outcomeUri;
    }

    public void setOutcomeUri(String outcomeUri) {
        this.outcomeUri = outcomeUri;
    }

    public boolean isFailOnRunFailure() {
        return failOnRunFailure;
    }

    public void setFailOnRunFailure(boolean failOnRunFailure) {
        this.failOnRunFailure = failOnRunFailure;
    }


    public boolean isHealthCheckProbe() {
        return healthCheckProbe;
    }

    public void setHealthCheckProbe(boolean healthCheckProbe) {
        this.healthCheckProbe = healthCheckProbe;
    }

    public long getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    public void setHealthCheckProbeInterval(long healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }

    public Long getHealthCheckMaxRateLimitWait() {
        return healthCheckMaxRateLimitWait;
    }

    public void setHealthCheckMaxRateLimitWait(Long healthCheckMaxRateLimitWait) {
        this.healthCheckMaxRateLimitWait = healthCheckMaxRateLimitWait;
    }

    /** The longest rate-limit wait that still counts as ready: the option, else maxRetryTime but at least a second. */
    long maxRateLimitWaitMillis() {
        return healthCheckMaxRateLimitWait != null ? healthCheckMaxRateLimitWait : Math.max(1000, maxRetryTime);
    }
}
