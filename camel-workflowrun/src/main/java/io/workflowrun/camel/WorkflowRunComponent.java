package io.workflowrun.camel;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.ProviderClient;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/** The {@code workflowrun:} component: one pooled HTTP client shared by all its endpoints. */
@Component("workflowrun")
public class WorkflowRunComponent extends DefaultComponent {

    @Metadata(description = "Options shared by all endpoints; each endpoint may override them.")
    private WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();

    private WorkflowRunProviders providers;
    private volatile HttpTransport transport;
    private volatile ScheduledExecutorService scheduler;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WorkflowRunConfiguration endpointConfiguration = configuration.copy();
        String[] path = remaining.split(":", 2);
        endpointConfiguration.setProvider(path[0]);
        endpointConfiguration.setWorkflowId(path.length > 1 && !path[1].isBlank() ? path[1] : null);
        WorkflowRunEndpoint endpoint = new WorkflowRunEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        try {
            checkLifecycleOptions(endpointConfiguration);
            ProviderClient client = providers().find(endpointConfiguration.getProvider()).bind(endpointConfiguration);
            endpoint.setProviderClient(client);
        } catch (IllegalArgumentException e) {
            throw new ResolveEndpointFailedException(uri, e.getMessage());
        }
        return endpoint;
    }

    private static void checkLifecycleOptions(WorkflowRunConfiguration configuration) {
        if (configuration.getPollInterval() <= 0) {
            throw new IllegalArgumentException("Option pollInterval must be more than 0 ms but was " + configuration.getPollInterval());
        }
        if (configuration.getMaxPollInterval() < configuration.getPollInterval()) {
            throw new IllegalArgumentException("Option maxPollInterval (" + configuration.getMaxPollInterval()
                                               + " ms) must be at least pollInterval (" + configuration.getPollInterval() + " ms)");
        }
        if (configuration.getWaitTimeout() <= 0) {
            throw new IllegalArgumentException("Option waitTimeout must be more than 0 ms but was " + configuration.getWaitTimeout());
        }
        if (configuration.getMaxAttempts() < 1) {
            throw new IllegalArgumentException("Option maxAttempts must be at least 1 but was " + configuration.getMaxAttempts());
        }
        if (configuration.getRetryDelay() <= 0 || configuration.getMaxRetryDelay() < configuration.getRetryDelay()) {
            throw new IllegalArgumentException("Option retryDelay must be more than 0 ms and at most maxRetryDelay (was "
                                               + configuration.getRetryDelay() + " and " + configuration.getMaxRetryDelay() + ")");
        }
        if (configuration.getConnectTimeout() <= 0 || configuration.getRequestTimeout() <= 0) {
            throw new IllegalArgumentException("Options connectTimeout and requestTimeout must be more than 0 ms");
        }
    }

    private synchronized WorkflowRunProviders providers() {
        if (providers == null) {
            providers = new WorkflowRunProviders(getCamelContext().getApplicationContextClassLoader() != null
                    ? getCamelContext().getApplicationContextClassLoader() : WorkflowRunComponent.class.getClassLoader());
        }
        return providers;
    }

    /** The shared HTTP client, started on first use and closed when the component stops. */
    HttpTransport transport() {
        HttpTransport current = transport;
        if (current == null) {
            synchronized (this) {
                current = transport;
                if (current == null) {
                    current = new HttpTransport(512, 256);
                    transport = current;
                }
            }
        }
        return current;
    }

    /** The one timer thread that schedules status polls; polls themselves run on the HTTP client's I/O threads. */
    ScheduledExecutorService scheduler() {
        ScheduledExecutorService current = scheduler;
        if (current == null) {
            synchronized (this) {
                current = scheduler;
                if (current == null) {
                    current = getCamelContext().getExecutorServiceManager().newSingleThreadScheduledExecutor(this, "WorkflowRunPoller");
                    scheduler = current;
                }
            }
        }
        return current;
    }

    @Override
    protected void doStop() throws Exception {
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
        if (currentTransport != null) {
            currentTransport.close();
        }
        super.doStop();
    }

    public WorkflowRunConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WorkflowRunConfiguration configuration) {
        this.configuration = configuration;
    }
}
