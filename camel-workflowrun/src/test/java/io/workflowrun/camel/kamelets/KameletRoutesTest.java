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
package io.workflowrun.camel.kamelets;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.workflowrun.camel.SecretGuard;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's Kamelets, found where Camel looks by default ({@code classpath:kamelets}) and used by routes as an
 * application would, against the simulator: the sink starts one run, the action passes the message on with the run's
 * headers, for every provider through the same pair.
 */
class KameletRoutesTest extends SimulatorTestSupport {

    // characters a URI would mangle: the Kamelet must hand them to the component as they are (an access key that signs
    // is part of the signature's credential scope, where a provider takes only letters and digits)
    private static final String ACCESS_KEY = "kamelet-access-key";
    private static final String SECRET = "kamelet-s3cr+t/&x=1%";
    private static final String API_KEY = "kamelet-key+/&x=1";

    static {
        SecretGuard.watch(API_KEY);
        SecretGuard.watch(SECRET);
    }

    /**
     * Camel itself logs each property placeholder's value at DEBUG, a Kamelet's parameters (local properties) included,
     * secrets unmasked: the Kamelets page tells users to keep these two loggers above DEBUG, as this test does.
     */
    static final List<String> CAMELS_PLACEHOLDER_LOGGERS = List.of("org.apache.camel.component.properties.DefaultPropertiesParser",
            "org.apache.camel.impl.engine.DefaultCamelContextExtension");

    @BeforeAll
    static void quietCamelsPlaceholderLoggers() {
        CAMELS_PLACEHOLDER_LOGGERS.forEach(logger -> Configurator.setLevel(logger, Level.INFO));
    }

    @AfterAll
    static void restoreCamelsPlaceholderLoggers() {
        CAMELS_PLACEHOLDER_LOGGERS.forEach(logger -> Configurator.setLevel(logger, Level.DEBUG));
    }

    static Iterable<String> providers() {
        return WorkflowRunSimulator.providerIds();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providers")
    void theSinkStartsOneRunAndLeavesItsIdInTheHeaders(String provider) throws Exception {
        route("direct:sink", kamelet("workflowrun-sink", provider, Map.of()));

        Exchange out = template.request("direct:sink", e -> e.getMessage().setBody(Map.of("date", "2026-01-31")));

        assertThat(out.getException()).as(provider).isNull();
        assertThat(simulator.runs(provider)).as(provider).hasSize(1);
        SimulatedRun run = simulator.runs(provider).get(0);
        assertThat(run.parameters()).containsEntry("date", "2026-01-31");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
    }

    @Test
    void theActionPassesTheMessageOnWithTheRunsOutcomeWhenItWaits() throws Exception {
        simulator.setTimeline(Duration.ZERO, Duration.ofMillis(50));
        route("direct:action", kamelet("workflowrun-action", "tencent-wedata",
                Map.of("waitForCompletion", "true", "pollInterval", "20")) + "\n" + "mock:after");
        getMockEndpoint("mock:after").expectedMessageCount(1);

        Exchange out = template.request("direct:action", e -> e.getMessage().setBody(Map.of("order", "A-1")));

        assertThat(out.getException()).isNull();
        getMockEndpoint("mock:after").assertIsSatisfied();
        Exchange after = getMockEndpoint("mock:after").getReceivedExchanges().get(0);
        SimulatedRun run = simulator.runs("tencent-wedata").get(0);
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(run.runId());
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(after.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID)).isNotNull();
        assertThat(after.getMessage().getBody(WorkflowRun.class).runId()).isEqualTo(run.runId());
        assertThat(after.getMessage().getBody(Map.class)).containsEntry("runId", run.runId());
    }

    @Test
    void theActionReadsTheStatusOfTheRunNamedByTheHeader() throws Exception {
        route("direct:start", kamelet("workflowrun-sink", "tencent-wedata", Map.of()));
        route("direct:status", kamelet("workflowrun-action", "tencent-wedata", Map.of("operation", "status")));
        String runId = template.request("direct:start", e -> e.getMessage().setBody(Map.of()))
                .getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);

        Exchange out = template.request("direct:status", e -> e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId));

        assertThat(out.getException()).isNull();
        assertThat(simulator.runs("tencent-wedata")).hasSize(1);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.STATUS)).isNotNull();
    }

    @Test
    void noSecretIsShownInAnEndpointUriNorLogged() throws Exception {
        route("direct:sink", kamelet("workflowrun-sink", "tencent-wedata", Map.of("securityToken", SECRET + "-token")));
        SecretGuard.watch(SECRET + "-token");

        template.request("direct:sink", e -> e.getMessage().setBody(Map.of()));

        assertThat(context.getEndpoints()).extracting(Endpoint::getEndpointUri).anyMatch(uri -> uri.startsWith("kamelet:"))
                .anyMatch(uri -> uri.startsWith("workflowrun:"));
        for (Endpoint endpoint : context.getEndpoints()) {
            assertThat(endpoint.toString()).as("an endpoint as logged").doesNotContain(API_KEY).doesNotContain(SECRET)
                    .doesNotContain(URISupport.sanitizeUri(SECRET));
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(API_KEY).doesNotContain(SECRET);
        }
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    /** The Kamelet's URI for the provider's sample, its keys made awkward and the simulator told to accept them. */
    private static String kamelet(String name, String provider, Map<String, String> more) {
        ProviderSample sample = WorkflowRunSimulator.sample(provider);
        if (!sample.keyFile()) {
            String key = sample.signed() ? ACCESS_KEY : API_KEY;
            simulator.addKey(provider, key, sample.signed() ? SECRET : key);
            sample = sample.withKey(key, SECRET);
        }
        Map<String, String> options = new LinkedHashMap<>(sample.options());
        options.put("provider", provider);
        options.put("workflowId", sample.workflowId());
        options.put("baseUrl", simulator.baseUrl(provider));
        options.putAll(more);
        return "kamelet:" + name + "?" + options.entrySet().stream().map(o -> o.getKey() + "=RAW(" + o.getValue() + ")")
                .collect(Collectors.joining("&"));
    }

    /** A route from {@code from} through each endpoint (one per line). */
    private void route(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(to.split("\n"));
            }
        });
    }
}
