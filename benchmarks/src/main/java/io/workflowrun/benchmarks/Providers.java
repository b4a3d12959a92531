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
package io.workflowrun.benchmarks;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * The same trigger call for every provider the simulator emulates: the provider's sample settings
 * ({@link WorkflowRunSimulator#sample}), one small parameter map.
 */
final class Providers {

    /** Every provider, in name order. */
    static final List<String> ALL = WorkflowRunSimulator.providerIds();
    /** Converts option text to the configuration's types, as an endpoint's options are; never started. */
    private static final CamelContext CONVERTER = new DefaultCamelContext();

    private Providers() {
    }

    static ProviderSample sample(String provider) {
        return WorkflowRunSimulator.sample(provider);
    }

    /** The endpoint URI for a provider; rateLimit=0 so the documented limits do not cap the benchmark. */
    static String uri(String provider, String baseUrl, String extra) {
        return sample(provider).uri(baseUrl) + "&rateLimit=0" + extra;
    }

    /**
     * The provider's client bound to the same options, outside Camel: what the producer calls per message. The options
     * are bound by name, as an endpoint's are; {@code baseUrl} null for the provider's default endpoint.
     */
    static ProviderClient bind(String provider, String baseUrl) {
        Map<String, Object> options = new LinkedHashMap<>(sample(provider).options());
        options.put("provider", provider);
        if (!sample(provider).workflowId().isEmpty()) {
            options.put("workflowId", sample(provider).workflowId());
        }
        if (baseUrl != null) {
            options.put("baseUrl", baseUrl);
        }
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        PropertyBindingSupport.build().withMandatory(true).withRemoveParameters(false).bind(CONVERTER, configuration, options);
        for (WorkflowRunProvider candidate : ServiceLoader.load(WorkflowRunProvider.class)) {
            if (candidate.id().equals(provider)) {
                return candidate.bind(configuration);
            }
        }
        throw new IllegalStateException("no provider " + provider + " on the class path");
    }

    static RunRequest trigger(String provider, int n, Instant now) {
        String workflowId = sample(provider).workflowId();
        return new RunRequest(WorkflowRunOperation.trigger, workflowId.isEmpty() ? null : workflowId, null,
                Map.of("n", n), Map.of(), now);
    }
}
