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
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
                return withToken(candidate.bind(configuration));
            }
        }
        throw new IllegalStateException("no provider " + provider + " on the class path");
    }

    /**
     * A client that sends a token from a token endpoint ({@link ProviderClient#tokens()}) gets one first, as the
     * component does before the first call: from the endpoint's base URL, so that URL must answer (the simulator does).
     */
    private static ProviderClient withToken(ProviderClient client) {
        TokenSource tokens = client.tokens();
        if (tokens == null) {
            return client;
        }
        Instant now = Instant.now();
        HttpCall fetch = tokens.fetch(now);
        HttpRequest.Builder request = HttpRequest.newBuilder(fetch.uri())
                .method(fetch.method(), HttpRequest.BodyPublishers.ofByteArray(fetch.body())).timeout(Duration.ofSeconds(10));
        fetch.headers().forEach(request::header);
        try {
            HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            answer.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            tokens.accept(new HttpReply(answer.statusCode(), headers, answer.body()), now);
        } catch (IOException | WorkflowRunException e) {
            throw new IllegalStateException("no access token from " + fetch.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while getting an access token", e);
        }
        return client;
    }

    static RunRequest trigger(String provider, int n, Instant now) {
        String workflowId = sample(provider).workflowId();
        return new RunRequest(WorkflowRunOperation.trigger, workflowId.isEmpty() ? null : workflowId, null,
                Map.of("n", n), Map.of(), now);
    }
}
