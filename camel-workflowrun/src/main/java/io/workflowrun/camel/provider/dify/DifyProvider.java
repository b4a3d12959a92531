package io.workflowrun.camel.provider.dify;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/** Dify's workflow app API: {@code POST /workflows/run}, with an app API key as bearer token. */
public final class DifyProvider implements WorkflowRunProvider {

    public static final String ID = "dify";
    static final String DEFAULT_BASE_URL = "https://api.dify.ai/v1";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProviderClient bind(WorkflowRunConfiguration configuration) {
        String mode = configuration.getResponseMode() == null ? "blocking" : configuration.getResponseMode();
        if (!mode.equals("blocking") && !mode.equals("streaming")) {
            throw new IllegalArgumentException(
                    "Option responseMode is '" + mode + "' but provider dify takes blocking or streaming");
        }
        return new DifyClient(
                Options.baseUrl(configuration.getBaseUrl(), DEFAULT_BASE_URL, ID),
                Options.require(configuration.getApiKey(), "apiKey", ID),
                Options.require(configuration.getUser(), "user", ID),
                mode.equals("streaming"));
    }
}
