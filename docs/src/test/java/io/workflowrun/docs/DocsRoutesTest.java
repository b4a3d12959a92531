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
package io.workflowrun.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.docs.routes.ProviderPageRoutes;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.scan.DefaultPackageScanClassResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route a provider page shows, in Java DSL and in YAML DSL, started against the simulator with the
 * configuration a user would give it (the provider's sample settings, under the names the page's placeholders use):
 * each must start exactly one run and put its ID on the message.
 */
class DocsRoutesTest {

    // credentials with characters a URI would mangle, so the pages' RAW(...) is proven needed and sufficient
    private static final String ACCESS_KEY = "docs-access-key";
    private static final String SECRET_KEY = "s3cr+t/key&x=1%";
    private static final String API_KEY = "app-docs+key&x=1";

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension();

    /** Each provider page's routes, found in the package that holds them. */
    static List<ProviderPageRoutes> routes() throws Exception {
        List<ProviderPageRoutes> routes = new ArrayList<>();
        for (Class<?> type : new DefaultPackageScanClassResolver().findImplementations(ProviderPageRoutes.class,
                ProviderPageRoutes.class.getPackageName())) {
            if (type != ProviderPageRoutes.class) {
                routes.add((ProviderPageRoutes) type.getConstructor().newInstance());
            }
        }
        routes.sort(Comparator.comparing(ProviderPageRoutes::provider));
        return routes;
    }

    @Test
    void everyProviderThatTheSimulatorEmulatesHasItsPagesRoutes() throws Exception {
        assertThat(routes()).extracting(ProviderPageRoutes::provider).containsExactlyElementsOf(WorkflowRunSimulator.providerIds());
    }

    @ParameterizedTest(name = "{0} in Java DSL")
    @MethodSource("routes")
    void javaRouteStartsOneRun(ProviderPageRoutes routes) throws Exception {
        try (CamelContext camel = context(routes)) {
            camel.addRoutes(routes);
            assertStartsOneRun(camel, routes.provider());
        }
    }

    @ParameterizedTest(name = "{0} in YAML DSL")
    @MethodSource("routes")
    void yamlRouteStartsOneRun(ProviderPageRoutes routes) throws Exception {
        try (CamelContext camel = context(routes)) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/" + routes.provider() + ".camel.yaml"));
            assertStartsOneRun(camel, routes.provider());
        }
    }

    private static void assertStartsOneRun(CamelContext camel, String provider) {
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        Exchange out = template.request("direct:" + provider, e -> e.getMessage().setBody(Map.of("date", "2026-01-31")));

        assertThat(out.getException()).as(provider).isNull();
        assertThat(SIMULATOR.get().runs(provider)).as(provider).hasSize(1);
        SimulatedRun run = SIMULATOR.get().runs(provider).get(0);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).as(provider).isEqualTo(run.runId());
        assertThat(run.parameters()).as(provider).containsEntry("date", "2026-01-31");
    }

    /**
     * The configuration the page's placeholders name, as a user's application.properties would hold it (the sample's
     * settings, and keys the simulator is told to accept), and the component pointed at the simulator.
     */
    private static CamelContext context(ProviderPageRoutes routes) {
        String provider = routes.provider();
        ProviderSample sample = WorkflowRunSimulator.sample(provider);
        String key = sample.signed() ? ACCESS_KEY : API_KEY;
        // a key file (a service account's JSON key) cannot be swapped for a made-up key; its own text needs RAW(...) too
        if (!sample.keyFile()) {
            SIMULATOR.get().addKey(provider, key, sample.signed() ? SECRET_KEY : key);
        }
        ProviderSample configured = sample.keyFile() ? sample : sample.withKey(key, SECRET_KEY);
        Properties p = new Properties();
        routes.placeholders().forEach((placeholder, option) -> {
            String value = switch (option) {
                case "workflowId" -> configured.workflowId();
                case "baseUrl" -> SIMULATOR.baseUrl(provider);
                default -> configured.options().get(option);
            };
            assertThat(value).as(placeholder + " stands for " + option + ", which the " + provider + " sample has").isNotNull();
            p.setProperty(placeholder, value);
        });
        CamelContext camel = new DefaultCamelContext();
        camel.getPropertiesComponent().setInitialProperties(p);
        WorkflowRunComponent component = new WorkflowRunComponent();
        component.getConfiguration().setBaseUrl(SIMULATOR.baseUrl(provider));
        camel.addComponent("workflowrun", component);
        return camel;
    }
}
