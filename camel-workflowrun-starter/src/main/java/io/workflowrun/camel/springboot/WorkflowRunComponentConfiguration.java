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
package io.workflowrun.camel.springboot;

import java.time.Duration;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.WorkflowRunOperation;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code camel.component.workflowrun.*} properties: every option of the workflowrun component, grouped and described
 * as in its generated Camel metadata (so IDEs, through {@code spring-configuration-metadata.json}, show what Camel
 * tooling shows), with the component's own defaults. Durations also take a unit ({@code 5s}); plain numbers are
 * milliseconds, as in endpoint URIs.
 */
@ConfigurationProperties(prefix = "camel.component.workflowrun")
public class WorkflowRunComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the workflowrun component. This
     * is enabled by default.
     */
    private Boolean enabled;
    /**
     * Overrides the provider's endpoint: scheme, host, optional port and
     * optional path prefix. Signed requests sign this host.
     */
    private String baseUrl;
    /**
     * Options shared by all endpoints; each endpoint may override them. The
     * option is a io.workflowrun.camel.WorkflowRunConfiguration type.
     */
    private WorkflowRunConfiguration configuration;
    /**
     * What to do: start a run, read a run's status, or cancel a run.
     */
    private WorkflowRunOperation operation = WorkflowRunOperation.trigger;
    /**
     * The project ID (Tencent WeData project, Huawei project).
     */
    private String projectId;
    /**
     * The provider region, e.g. ap-guangzhou (Tencent), cn-hangzhou (Alibaba),
     * cn-north-4 (Huawei).
     */
    private String region;
    /**
     * Whether the producer should be started lazy (on the first message). By
     * starting lazy you can use this to allow CamelContext and routes to
     * startup in situations where a producer may otherwise fail during starting
     * and cause the route to fail being started. By deferring this startup to
     * be lazy then the startup failure can be handled during routing messages
     * via Camel's routing error handlers. Beware that when the first message is
     * processed then creating and starting the producer may take a little time
     * and prolong the total processing time of the processing.
     */
    private Boolean lazyStartProducer = false;
    /**
     * Whether autowiring is enabled. This is used for automatic autowiring
     * options (the option must be marked as autowired) by looking up in the
     * registry to find if there is a single instance of matching type, which
     * then gets configured on the component. This can be used for automatic
     * configuring JDBC data sources, JMS connection factories, AWS Clients,
     * etc.
     */
    private Boolean autowiredEnabled = true;
    /**
     * Milliseconds to wait for a connection to the provider.
     */
    private Integer connectTimeout = 10000;
    /**
     * Connections the shared HTTP client keeps open at most, to all providers.
     */
    private Integer maxConnections = 512;
    /**
     * Connections the shared HTTP client keeps open at most to one host.
     */
    private Integer maxConnectionsPerRoute = 256;
    /**
     * The most bytes read from one answer (and from one event of an event
     * stream). A larger answer fails its exchange, and its connection is
     * dropped; a trigger answered with a larger success fails with
     * WorkflowRunMaybeStartedException, since its run may exist.
     */
    private Integer maxResponseSize = 10485760;
    /**
     * Milliseconds one call may take at most, from sending it (connecting
     * included) to the last byte of the provider's whole answer (an event
     * stream included): then it is cut off, however steadily the answer
     * trickles in. Dify's blocking mode can take up to 100 s.
     */
    private Integer requestTimeout = 120000;
    /**
     * Alibaba SchedulerX: the application group ID.
     */
    private String groupId;
    /**
     * Alibaba SchedulerX: the namespace ID.
     */
    private String namespace;
    /**
     * Alibaba SchedulerX: the namespace source, for third-party integrations
     * only.
     */
    private String namespaceSource;
    /**
     * Dify: blocking waits for the run's result; streaming returns as soon as
     * the run has started, or with waitForCompletion reads the event stream to
     * the run's end within waitTimeout, polling only where the stream ends
     * first (a pause, a drop, requestTimeout).
     */
    private String responseMode = "blocking";
    /**
     * Dify: the end-user identifier (required by Dify); the
     * CamelWorkflowRunDifyUser header overrides it.
     */
    private String user;
    /**
     * Interactly: who started the run, recorded on the run.
     */
    private String runBy;
    /**
     * Interactly: the team ID sent with every call.
     */
    private String teamId;
    /**
     * Interactly: the user ID sent with every call, where the API key needs
     * one.
     */
    private String userId;
    /**
     * Interactly: the workflow version to run; the active version when empty.
     */
    private Integer versionNumber;
    /**
     * With waitForCompletion: whether a run that ends FAILED or CANCELLED fails
     * the exchange with WorkflowRunFailedException.
     */
    private Boolean failOnRunFailure = true;
    /**
     * The longest wait between two status polls of waitForCompletion, in
     * milliseconds. A plain number is milliseconds; a unit may be given, e.g.
     * 5s.
     */
    private Duration maxPollInterval = Duration.ofMillis(30000);
    /**
     * Milliseconds before the first status poll of waitForCompletion; each next
     * wait doubles, up to maxPollInterval. A plain number is milliseconds; a
     * unit may be given, e.g. 5s.
     */
    private Duration pollInterval = Duration.ofMillis(1000);
    /**
     * On trigger: wait, without holding a thread, until the run ends (or
     * waitTimeout passes), polling its status (Dify with
     * responseMode=streaming: reading the run's event stream first).
     */
    private Boolean waitForCompletion = false;
    /**
     * Milliseconds waitForCompletion waits for the run to end before failing
     * the exchange with WorkflowRunTimeoutException. A plain number is
     * milliseconds; a unit may be given, e.g. 5s.
     */
    private Duration waitTimeout = Duration.ofMillis(3600000);
    /**
     * An HTTP proxy host to reach the providers through.
     */
    private String proxyHost;
    /**
     * Password for the HTTP proxy.
     */
    private String proxyPassword;
    /**
     * The HTTP proxy's port.
     */
    private Integer proxyPort;
    /**
     * User name for the HTTP proxy, when it asks for authentication.
     */
    private String proxyUsername;
    /**
     * How many times a call is sent at most. A trigger is sent again only when
     * the provider surely started no run (no connection, HTTP 429 or its
     * throttling codes); never after it was sent and no answer came.
     */
    private Integer maxAttempts = 3;
    /**
     * The longest wait between two attempts, in milliseconds. A plain number is
     * milliseconds; a unit may be given, e.g. 5s.
     */
    private Duration maxRetryDelay = Duration.ofMillis(5000);
    /**
     * No attempt starts later than this many milliseconds after the first. A
     * plain number is milliseconds; a unit may be given, e.g. 5s.
     */
    private Duration maxRetryTime = Duration.ofMillis(30000);
    /**
     * Requests per second at most, per provider and credential, shared by all
     * endpoints of the component that use that credential; calls over it wait
     * (without holding a thread). Default: the provider's documented limit
     * (Tencent WeData: 20), else none. 0 turns it off.
     */
    private Double rateLimit;
    /**
     * Milliseconds before the second attempt; each next wait doubles (with
     * jitter) up to maxRetryDelay. A plain number is milliseconds; a unit may
     * be given, e.g. 5s.
     */
    private Duration retryDelay = Duration.ofMillis(200);
    /**
     * The access key ID: Tencent SecretId, Alibaba AccessKey ID, Huawei AK.
     */
    private String accessKey;
    /**
     * Allow a plain http baseUrl to a host other than loopback. Off:
     * credentials and signatures travel only over HTTPS, except to
     * 127.0.0.1/localhost (simulators, sidecars).
     */
    private Boolean allowPlainHttp = false;
    /**
     * The API key of a bearer-token provider (Interactly, Dify).
     */
    private String apiKey;
    /**
     * The secret access key: Tencent SecretKey, Alibaba AccessKey secret,
     * Huawei SK.
     */
    private String secretKey;
    /**
     * The session token that comes with temporary credentials.
     */
    private String securityToken;
    /**
     * TLS settings (trust store, key store, protocols) for HTTPS to the
     * providers; the JVM's default when not set. The option is a
     * org.apache.camel.support.jsse.SSLContextParameters type.
     */
    private SSLContextParameters sslContextParameters;
    /**
     * Use the global SSL context parameters of the Camel context.
     */
    private Boolean useGlobalSslContextParameters = false;
    /**
     * Tencent WeData: the integration resource group ID.
     */
    private String integrationResourceGroupId;
    /**
     * Tencent WeData: the scheduling resource group ID.
     */
    private String schedulingResourceGroupId;
    /**
     * Tencent WeData: comma-separated task IDs to run; all tasks when empty.
     */
    private String taskIds;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public WorkflowRunConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WorkflowRunConfiguration configuration) {
        this.configuration = configuration;
    }

    public WorkflowRunOperation getOperation() {
        return operation;
    }

    public void setOperation(WorkflowRunOperation operation) {
        this.operation = operation;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Integer getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Integer connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Integer getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(Integer maxConnections) {
        this.maxConnections = maxConnections;
    }

    public Integer getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public void setMaxConnectionsPerRoute(Integer maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public Integer getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(Integer maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public Integer getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Integer requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getNamespace() {
        return namespace;
    }

    public void setNamespace(String namespace) {
        this.namespace = namespace;
    }

    public String getNamespaceSource() {
        return namespaceSource;
    }

    public void setNamespaceSource(String namespaceSource) {
        this.namespaceSource = namespaceSource;
    }

    public String getResponseMode() {
        return responseMode;
    }

    public void setResponseMode(String responseMode) {
        this.responseMode = responseMode;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRunBy() {
        return runBy;
    }

    public void setRunBy(String runBy) {
        this.runBy = runBy;
    }

    public String getTeamId() {
        return teamId;
    }

    public void setTeamId(String teamId) {
        this.teamId = teamId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public Boolean getFailOnRunFailure() {
        return failOnRunFailure;
    }

    public void setFailOnRunFailure(Boolean failOnRunFailure) {
        this.failOnRunFailure = failOnRunFailure;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public Duration getWaitTimeout() {
        return waitTimeout;
    }

    public void setWaitTimeout(Duration waitTimeout) {
        this.waitTimeout = waitTimeout;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getMaxRetryDelay() {
        return maxRetryDelay;
    }

    public void setMaxRetryDelay(Duration maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public Duration getMaxRetryTime() {
        return maxRetryTime;
    }

    public void setMaxRetryTime(Duration maxRetryTime) {
        this.maxRetryTime = maxRetryTime;
    }

    public Double getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(Double rateLimit) {
        this.rateLimit = rateLimit;
    }

    public Duration getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(Duration retryDelay) {
        this.retryDelay = retryDelay;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public Boolean getAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(Boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public String getSecurityToken() {
        return securityToken;
    }

    public void setSecurityToken(String securityToken) {
        this.securityToken = securityToken;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public Boolean getUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(Boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getIntegrationResourceGroupId() {
        return integrationResourceGroupId;
    }

    public void setIntegrationResourceGroupId(String integrationResourceGroupId) {
        this.integrationResourceGroupId = integrationResourceGroupId;
    }

    public String getSchedulingResourceGroupId() {
        return schedulingResourceGroupId;
    }

    public void setSchedulingResourceGroupId(String schedulingResourceGroupId) {
        this.schedulingResourceGroupId = schedulingResourceGroupId;
    }

    public String getTaskIds() {
        return taskIds;
    }

    public void setTaskIds(String taskIds) {
        this.taskIds = taskIds;
    }
}
