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

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import io.workflowrun.camel.health.HealthProbes;
import io.workflowrun.camel.health.TransportState;
import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.micrometer.WorkflowRunMeters;
import io.workflowrun.camel.statistics.WorkflowRunStatistics;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.RequestValues;
import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.workflowrun.camel.signing.Digests;
import io.workflowrun.camel.journal.RunJournal;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import org.apache.camel.Endpoint;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.SensitiveUtils;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code workflowrun:} component: one pooled HTTP client shared by all its endpoints. A {@link HealthCheckComponent},
 * as Camel's components with health checks are: each producer registers its readiness check in Camel's
 * {@code producers} health-check repository (shown where {@code camel.health.producersEnabled=true}).
 */
@Component("workflowrun")
public class WorkflowRunComponent extends HealthCheckComponent implements SSLContextParametersAware {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunComponent.class);

    @Metadata(description = "Options shared by all endpoints; each endpoint may override them.")
    private WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();

    @Metadata(label = "advanced", defaultValue = "512", description = "Connections the shared HTTP client keeps open at most, to all providers.")
    private int maxConnections = 512;
    @Metadata(label = "advanced", defaultValue = "256", description = "Connections the shared HTTP client keeps open at most to one host.")
    private int maxConnectionsPerRoute = 256;
    @Metadata(label = "security", description = "TLS settings (trust store, key store, protocols) for HTTPS to the providers; the JVM's default when not set.")
    private SSLContextParameters sslContextParameters;
    @Metadata(label = "security", defaultValue = "false", description = "Use the global SSL context parameters of the Camel context.")
    private boolean useGlobalSslContextParameters;
    @Metadata(label = "proxy", description = "An HTTP proxy host to reach the providers through.")
    private String proxyHost;
    @Metadata(label = "proxy", description = "The HTTP proxy's port.")
    private Integer proxyPort;
    @Metadata(label = "proxy", secret = true, description = "User name for the HTTP proxy, when it asks for authentication.")
    private String proxyUsername;
    @Metadata(label = "proxy", secret = true, description = "Password for the HTTP proxy.")
    private String proxyPassword;

    private static final PropertyConfigurerGetter CONFIGURATION_OPTIONS = new WorkflowRunConfigurationConfigurer();
    // a host name, an IPv4 address, or an IPv6 address in brackets or without
    private static final Pattern PROXY_HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[?[0-9A-Fa-f:.]+]?");

    @Metadata(label = "advanced", description = "A store that shares the rate limit of each provider and credential across "
                                                + "instances (a reference to a bean, such as #myStore, of type "
                                                + "io.workflowrun.camel.ratelimit.RateLimitStore: "
                                                + "io.workflowrun.camel.bucket4j.Bucket4jRateLimitStore.postgresql(dataSource) or "
                                                + ".hazelcast(hazelcastInstance, mapName)). "
                                                + "Not set: each component limits its own calls in memory.")
    private RateLimitStore rateLimitStore;
    @Metadata(label = "advanced", description = "A journal where instances that share a queue record each trigger's idempotency key, then its "
                                                + "run, and the waits they follow (a reference to a bean, such as #myJournal, of type "
                                                + "io.workflowrun.camel.journal.RunJournal: "
                                                + "io.workflowrun.camel.journal.JdbcRunJournal.postgresql(dataSource)). A redelivered trigger "
                                                + "whose key has a run gets that run back instead of starting a second; with outcomeUri, a "
                                                + "dead instance's waits are taken over. Not set: nothing is recorded.")
    private RunJournal runJournal;
    @Metadata(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "Milliseconds an instance's claim on a trigger or a wait in the run journal lasts unless renewed (each "
                            + "instance renews its claims every third of it): how soon another instance takes over a dead one's work.")
    private long journalLease = 30_000;
    private volatile JournalSession journalSession;

    private final Map<String, CallRateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private final Pending pending = new Pending();
    private final StoreReservations storeReservations = new StoreReservations(this);
    private final TokenFetches tokenFetches = new TokenFetches();
    private final WorkflowRunStatistics statistics = new WorkflowRunStatistics();
    private final HealthProbes healthProbes = new HealthProbes();
    // Micrometer is optional: its classes are touched only once it is known to be there
    private static final boolean MICROMETER = isPresent("io.micrometer.core.instrument.MeterRegistry");
    private AutoCloseable meters;
    private WorkflowRunProviders providers;
    private volatile HttpTransport transport;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean stopping;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WorkflowRunConfiguration endpointConfiguration = configuration.copy();
        String[] path = remaining.split(":", 2);
        endpointConfiguration.setProvider(path[0]);
        endpointConfiguration.setWorkflowId(path.length > 1 && !path[1].isBlank() ? path[1] : null);
        WorkflowRunEndpoint endpoint = new WorkflowRunEndpoint(uri, this, endpointConfiguration);
        try {
            setProperties(endpoint, parameters);
        } catch (PropertyBindingException e) {
            // without Camel's exception as the cause: it names the endpoint by its URI, which may hold a secret
            throw new IllegalArgumentException(bindingError(e));
        }
        // what fails from here is an IllegalArgumentException naming the option, which Camel wraps in its
        // ResolveEndpointFailedException with the endpoint URI (as Camel masks it)
        OptionRanges.checkEndpoint(CONFIGURATION_OPTIONS, endpointConfiguration);
        OptionTexts.check(endpointConfiguration);
        UnresolvedPlaceholders.refuse("baseUrl", endpointConfiguration.getBaseUrl());
        checkTransportSecurity(endpointConfiguration);
        WorkflowRunProvider provider = providers().find(endpointConfiguration.getProvider());
        DeclaredOptions.checkResolved(provider, endpointConfiguration);
        DeclaredOptions.checkRequired(provider, endpointConfiguration);
        ProviderClient client = provider.bind(endpointConfiguration);
        if (endpointConfiguration.getIdempotencyKey() != null && !client.takesIdempotencyKey() && runJournal == null) {
            throw new IllegalArgumentException("Option idempotencyKey is set, but provider " + provider.id()
                                               + " has no idempotency key: a repeated trigger could start a second run "
                                               + "(see the provider's page for what it offers instead)");
        }
        endpoint.setProviderClient(client);
        endpoint.setAccount(sharedKey(provider, DeclaredOptions.credential(provider, endpointConfiguration)));
        endpoint.setRateLimiter(rateLimiter(provider, endpointConfiguration));
        endpoint.setRateLimit(rate(provider, endpointConfiguration));
        if (endpointConfiguration.isHealthCheckProbe()) {
            // probed once per provider and credential, however many endpoints use them
            endpoint.setHealthProbe(healthProbes.of(provider.id() + '\u0000' + endpointConfiguration.getBaseUrl() + '\u0000'
                                                    + DeclaredOptions.credential(provider, endpointConfiguration)));
        }
        return endpoint;
    }

    /**
     * A baseUrl with user info or a query is refused here, before Camel logs the endpoint URI at debug level: Camel
     * masks the values of options named like keys, and user info in RAW(...), but not a password or key inside a
     * percent-encoded baseUrl.
     */
    @Override
    protected void validateURI(String uri, String path, Map<String, Object> parameters) {
        super.validateURI(uri, path, parameters);
        parameters.forEach((name, value) -> {
            if (name.equalsIgnoreCase("baseUrl") && value instanceof String text) {
                Options.requireNoCredentials(text);
            }
        });
    }

    /**
     * Camel's binding error names the bean by its URI, which may hold a secret; ours names the option. Our own check of
     * a numeric option's text says what was given and expected already.
     */
    private static String bindingError(PropertyBindingException e) {
        String option = e.getPropertyName();
        Throwable root = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Option " + option + " ")) {
                // our own check of a numeric option's text
                return cause.getMessage();
            }
            root = cause;
        }
        Class<?> type = CONFIGURATION_OPTIONS.getOptionType(option, true);
        String expected = type != null && type.isEnum()
                ? "; expected one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "))
                : "";
        String given = SensitiveUtils.containsSensitive(option) || !(e.getValue() instanceof String text)
                ? "the value given" : "'" + RequestValues.printable(text) + "'";
        return "Option " + option + " cannot be set to " + given + " (" + root.getMessage() + ")" + expected;
    }

    /** The component's own options, checked before its endpoints use them. */
    @Override
    protected void doStart() throws Exception {
        super.doStart();
        stopping = false;
        OptionRanges.checkRanges(new WorkflowRunComponentConfigurer(), this);
        OptionTexts.check(this);
        UnresolvedPlaceholders.refuse("proxyUsername", proxyUsername);
        UnresolvedPlaceholders.refuse("proxyPassword", proxyPassword);
        if (proxyHost != null && !proxyHost.isBlank() && !PROXY_HOST.matcher(proxyHost.trim()).matches()) {
            // not quoted: a proxy URL may carry user info
            throw new IllegalArgumentException("Option proxyHost must be a host name or an IP address only, e.g. proxy.example.com"
                                               + " (no scheme, user info or port: set proxyPort, proxyUsername and proxyPassword)");
        }
        if (MICROMETER) {
            meters = WorkflowRunMeters.bindToCamelRegistry(getCamelContext().getRegistry(), statistics);
        }
        if (runJournal != null) {
            JournalSession session = new JournalSession(runJournal, journalLease, getCamelContext().getExecutorServiceManager(), this);
            session.start();
            journalSession = session;
        }
    }

    /** The run journal as this instance uses it, or null where runJournal is not set. */
    JournalSession journalSession() {
        return journalSession;
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, WorkflowRunComponent.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        return NumericTextConfigurer.wrap(super.getComponentPropertyConfigurer());
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        return NumericTextConfigurer.wrap(super.getEndpointPropertyConfigurer());
    }

    /** Credentials and signatures go over HTTPS, except to loopback or where the user opted in. */
    private static void checkTransportSecurity(WorkflowRunConfiguration configuration) {
        String baseUrl = configuration.getBaseUrl();
        if (baseUrl == null || baseUrl.isBlank() || configuration.isAllowPlainHttp()) {
            return;
        }
        URI uri = Options.baseUrl(baseUrl, null, configuration.getProvider());
        String host = uri.getHost();
        if (uri.getScheme().equals("http") && !isLoopback(host)) {
            throw new IllegalArgumentException("Option baseUrl '" + uri + "' is plain http to " + host
                                               + ": use https, or set allowPlainHttp=true if the network between is trusted");
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
    }

    /**
     * One limiter per provider and credential, shared by the component's endpoints (and, through the rate limit store,
     * by other instances); null when unlimited.
     */
    /** Requests per second: the option, or the provider's documented limit; 0 for none. */
    private static double rate(WorkflowRunProvider provider, WorkflowRunConfiguration configuration) {
        return configuration.getRateLimit() != null ? configuration.getRateLimit() : provider.defaultRateLimit();
    }

    private CallRateLimiter rateLimiter(WorkflowRunProvider provider, WorkflowRunConfiguration configuration) {
        // the option's range was checked with the others; a provider's own default is a positive number
        double rate = rate(provider, configuration);
        if (rate == 0) {
            return null;
        }
        String credential = DeclaredOptions.credential(provider, configuration);
        return rateLimiters.computeIfAbsent(provider.id() + '\u0000' + credential, key -> {
            CallRateLimiter limiter = rateLimitStore == null ? new LocalRateLimiter(rate)
                    : rateLimitStore.limiter(sharedKey(provider, credential), rate);
            statistics.of(provider.id()).rateLimiter(limiter::backlogNanos);
            return limiter;
        });
    }

    /** The provider and a hash of the credential's identity: the same on every instance, and no credential in the store. */
    static String sharedKey(WorkflowRunProvider provider, String credential) {
        return provider.id() + ':' + Digests.sha256Hex(credential);
    }

    private synchronized WorkflowRunProviders providers() {
        if (providers == null) {
            providers = new WorkflowRunProviders(getCamelContext().getApplicationContextClassLoader() != null
                    ? getCamelContext().getApplicationContextClassLoader() : WorkflowRunComponent.class.getClassLoader());
        }
        return providers;
    }

    /**
     * The shared HTTP client, started on first use and closed when the component stops. One that can no longer send
     * (an I/O thread died, say of an OutOfMemoryError) is replaced here, so that the next call of every endpoint goes
     * out on a new client instead of failing until the application restarts.
     */
    HttpTransport transport() {
        refuseWhenStopping();
        HttpTransport current = transport;
        if (current == null || !current.isUsable()) {
            HttpTransport broken = null;
            synchronized (this) {
                current = transport;
                if (current == null || !current.isUsable()) {
                    broken = current;
                    current = new HttpTransport(new HttpTransport.Settings(maxConnections, maxConnectionsPerRoute,
                            sslContext(), proxyHost, proxyPort == null ? -1 : proxyPort, proxyUsername, proxyPassword));
                    transport = current;
                }
            }
            if (broken != null) {
                LOG.warn("The shared HTTP client could no longer send; a new one takes over");
                // not on this thread, which may be one of the broken client's own
                Thread closer = new Thread(broken::close, "workflowrun-io-closer");
                closer.setDaemon(true);
                closer.start();
            }
        }
        return current;
    }

    /** The shared HTTP client's state, as the health check reports it: read only, nothing is started or replaced. */
    TransportState transportState() {
        HttpTransport current = transport;
        if (current == null || stopping || isStoppingOrStopped()) {
            return TransportState.NOT_STARTED;
        }
        return current.isUsable() ? TransportState.STARTED : TransportState.NOT_USABLE;
    }

    /**
     * The one timer thread that schedules status polls; polls themselves run on the HTTP client's I/O threads.
     *
     * @throws RejectedExecutionException once the component is stopping: nothing more is to be scheduled or sent
     */
    ScheduledExecutorService scheduler() {
        refuseWhenStopping();
        ScheduledExecutorService current = scheduler;
        if (current == null) {
            synchronized (this) {
                current = scheduler;
                if (current == null) {
                    // one task per pending wait, resend and rate-limit slot: Camel's default profile would reject
                    // them past 1000 queued, failing waits and resends as if the component were stopping
                    ThreadPoolProfile profile = new ThreadPoolProfile("WorkflowRunPoller");
                    profile.setPoolSize(1);
                    profile.setMaxPoolSize(1);
                    profile.setMaxQueueSize(-1);
                    profile.setAllowCoreThreadTimeOut(false);
                    // a task given once it has stopped must be refused, not dropped in silence as Camel's default
                    // (CallerRuns) does with a stopped pool: the caller then fails its exchange, saying the component stops
                    profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
                    current = getCamelContext().getExecutorServiceManager().newScheduledThreadPool(this, "WorkflowRunPoller", profile);
                    // every call schedules its answer deadline and cancels it when the answer comes: kept queued, the
                    // cancelled deadlines of 5,000 triggers/s would pile up to 600,000 for requestTimeout's 120 s
                    // (a thread pool factory that wraps the pool, as camel-opentelemetry's does to carry the trace
                    // context, hides the timer: cancelled deadlines then stay queued until due, bounded by requestTimeout)
                    ScheduledThreadPoolExecutor timer = timerOf(current);
                    if (timer != null) {
                        timer.setRemoveOnCancelPolicy(true);
                    }
                    scheduler = current;
                }
            }
        }
        return current;
    }

    /** What the component owes an answer, failed when it stops. */
    TokenFetches tokenFetches() {
        return tokenFetches;
    }

    Pending pending() {
        return pending;
    }

    /** Where a shared rate limit store's blocking reservations run (a small pool of its own, made when first needed). */
    StoreReservations storeReservations() {
        return storeReservations;
    }

    /**
     * Runs the task on the timer after the delay; should the component stop first, {@code failOnStop} runs instead, so
     * that the exchange waiting for the task is answered.
     *
     * @throws RejectedExecutionException when the component is stopping
     */
    void schedule(Runnable task, long delayMillis, Runnable failOnStop) {
        Runnable owed = pending.owe(failOnStop);
        try {
            scheduler().schedule(() -> {
                if (pending.settle(owed)) {
                    task.run();
                }
            }, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            pending.settle(owed);
            throw e;
        }
    }

    /** Once stopping, nothing new starts: a resend or a poll must not build a new client or timer behind the stop. */
    private void refuseWhenStopping() {
        if (stopping || isStoppingOrStopped()) {
            throw new RejectedExecutionException("The workflowrun component is stopping");
        }
    }

    /**
     * The JDK timer under Camel's wrapper (Camel's thread pools wrap it to bound their queues), or null where another
     * thread pool factory wrapped it out of reach.
     */
    static ScheduledThreadPoolExecutor timerOf(ScheduledExecutorService scheduler) {
        if (scheduler instanceof SizedScheduledExecutorService sized) {
            return sized.getScheduledThreadPoolExecutor();
        }
        return scheduler instanceof ScheduledThreadPoolExecutor timer ? timer : null;
    }

    @Override
    protected void doStop() throws Exception {
        // calls that fail as the client closes must not be resent on a new client and timer made after the stop
        stopping = true;
        JournalSession session = journalSession;
        journalSession = null;
        if (session != null) {
            session.stop();
        }
        HttpTransport currentTransport;
        ScheduledExecutorService currentScheduler;
        synchronized (this) {
            currentTransport = transport;
            currentScheduler = scheduler;
            transport = null;
            scheduler = null;
        }
        if (currentScheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(currentScheduler);
        }
        storeReservations.shutdown();
        if (currentTransport != null) {
            currentTransport.close();
        }
        // what the closed client and the stopped timer left unanswered
        pending.failAll();
        if (meters != null) {
            meters.close();
            meters = null;
        }
        super.doStop();
    }

    private SSLContext sslContext() {
        SSLContextParameters parameters = sslContextParameters != null ? sslContextParameters
                : useGlobalSslContextParameters ? retrieveGlobalSslContextParameters() : null;
        try {
            return parameters == null ? null : parameters.createSSLContext(getCamelContext());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot create the SSL context from sslContextParameters: " + e.getMessage(), e);
        }
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getMaxConnectionsPerRoute() {
        return maxConnectionsPerRoute;
    }

    public void setMaxConnectionsPerRoute(int maxConnectionsPerRoute) {
        this.maxConnectionsPerRoute = maxConnectionsPerRoute;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public RateLimitStore getRateLimitStore() {
        return rateLimitStore;
    }

    public void setRateLimitStore(RateLimitStore rateLimitStore) {
        this.rateLimitStore = rateLimitStore;
    }

    public RunJournal getRunJournal() {
        return runJournal;
    }

    public void setRunJournal(RunJournal runJournal) {
        this.runJournal = runJournal;
    }

    public long getJournalLease() {
        return journalLease;
    }

    public void setJournalLease(long journalLease) {
        this.journalLease = journalLease;
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

    public String getProxyPassword() {
        return proxyPassword;
    }

    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public WorkflowRunConfiguration getConfiguration() {
        return configuration;
    }

    /** What this component's endpoints have done, per provider: for health checks, metrics and consoles. */
    public WorkflowRunStatistics getStatistics() {
        return statistics;
    }

    public void setConfiguration(WorkflowRunConfiguration configuration) {
        this.configuration = configuration;
    }
}
