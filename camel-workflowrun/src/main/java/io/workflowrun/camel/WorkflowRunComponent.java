package io.workflowrun.camel;

import java.util.Map;

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

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        WorkflowRunConfiguration endpointConfiguration = configuration.copy();
        String[] path = remaining.split(":", 2);
        endpointConfiguration.setProvider(path[0]);
        endpointConfiguration.setWorkflowId(path.length > 1 && !path[1].isBlank() ? path[1] : null);
        WorkflowRunEndpoint endpoint = new WorkflowRunEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        try {
            ProviderClient client = providers().find(endpointConfiguration.getProvider()).bind(endpointConfiguration);
            endpoint.setProviderClient(client);
        } catch (IllegalArgumentException e) {
            throw new ResolveEndpointFailedException(uri, e.getMessage());
        }
        return endpoint;
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

    @Override
    protected void doStop() throws Exception {
        HttpTransport current;
        synchronized (this) {
            current = transport;
            transport = null;
        }
        if (current != null) {
            current.close();
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
