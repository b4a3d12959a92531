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

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.docs.routes.AlibabaSchedulerxRoutes;
import io.workflowrun.docs.routes.DifyRoutes;
import io.workflowrun.docs.routes.HuaweiFunctionGraphRoutes;
import io.workflowrun.docs.routes.InteractlyRoutes;
import io.workflowrun.docs.routes.TencentWeDataRoutes;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route a provider page shows, in Java DSL and in YAML DSL, started against the simulator with the
 * configuration a user would give it: each must start exactly one run and put its ID on the message.
 */
class DocsRoutesTest {

    // credentials with characters a URI would mangle, so the pages' RAW(...) is proven needed and sufficient
    private static final String ACCESS_KEY = "docs-access-key";
    private static final String SECRET_KEY = "s3cr+t/key&x=1%";
    private static final String API_KEY = "app-docs+key&x=1";

    @RegisterExtension
    static final WorkflowRunSimulatorExtension SIMULATOR = new WorkflowRunSimulatorExtension();

    @BeforeAll
    static void acceptTheKeys() {
        for (String provider : List.of("tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph")) {
            SIMULATOR.get().addKey(provider, ACCESS_KEY, SECRET_KEY);
        }
        for (String provider : List.of("interactly", "dify")) {
            SIMULATOR.get().addKey(provider, API_KEY, API_KEY);
        }
    }

    static List<Arguments> routes() {
        return List.of(
                Arguments.of("tencent-wedata", new TencentWeDataRoutes()),
                Arguments.of("alibaba-schedulerx", new AlibabaSchedulerxRoutes()),
                Arguments.of("huawei-functiongraph", new HuaweiFunctionGraphRoutes()),
                Arguments.of("interactly", new InteractlyRoutes()),
                Arguments.of("dify", new DifyRoutes()));
    }

    @ParameterizedTest(name = "{0} in Java DSL")
    @MethodSource("routes")
    void javaRouteStartsOneRun(String provider, RoutesBuilder routes) throws Exception {
        try (CamelContext camel = context(provider)) {
            camel.addRoutes(routes);
            assertStartsOneRun(camel, provider);
        }
    }

    @ParameterizedTest(name = "{0} in YAML DSL")
    @MethodSource("routes")
    void yamlRouteStartsOneRun(String provider) throws Exception {
        try (CamelContext camel = context(provider)) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(
                    ResourceHelper.resolveMandatoryResource(camel, "classpath:routes/" + provider + ".camel.yaml"));
            assertStartsOneRun(camel, provider);
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
     * The configuration the pages' placeholders name, as a user's application.properties would hold it, and the
     * component pointed at the simulator (Interactly has no default endpoint, so its route names baseUrl itself).
     */
    private static CamelContext context(String provider) {
        CamelContext camel = new DefaultCamelContext();
        Properties p = new Properties();
        p.setProperty("wedata.workflowId", "WF-20260131");
        p.setProperty("wedata.region", "ap-guangzhou");
        p.setProperty("wedata.projectId", "1460947878944567296");
        p.setProperty("wedata.secretId", ACCESS_KEY);
        p.setProperty("wedata.secretKey", SECRET_KEY);
        p.setProperty("schedulerx.workflowId", "111");
        p.setProperty("schedulerx.region", "cn-hangzhou");
        p.setProperty("schedulerx.namespace", "adcfc35d-e2fe-4fe9-bbaa-20e90ffc****");
        p.setProperty("schedulerx.groupId", "testSchedulerx.defaultGroup");
        p.setProperty("schedulerx.accessKeyId", ACCESS_KEY);
        p.setProperty("schedulerx.accessKeySecret", SECRET_KEY);
        p.setProperty("functiongraph.workflowId", "8e2d4a1c-6b2f-4f3e-9a55-5b1d2f0c7e11");
        p.setProperty("functiongraph.region", "cn-north-4");
        p.setProperty("functiongraph.projectId", "0b3e6c7a2f80d3ce2fb1c0127a4b5c6d");
        p.setProperty("functiongraph.ak", ACCESS_KEY);
        p.setProperty("functiongraph.sk", SECRET_KEY);
        p.setProperty("interactly.workflowId", "5eb7cf5a86d9755df3a6c593");
        p.setProperty("interactly.baseUrl", SIMULATOR.baseUrl("interactly"));
        p.setProperty("interactly.teamId", "team-1");
        p.setProperty("interactly.apiKey", API_KEY);
        p.setProperty("dify.apiKey", API_KEY);
        p.setProperty("dify.user", "camel");
        camel.getPropertiesComponent().setInitialProperties(p);
        if (!provider.equals("interactly")) {
            WorkflowRunComponent component = new WorkflowRunComponent();
            component.getConfiguration().setBaseUrl(SIMULATOR.baseUrl(provider));
            camel.addComponent("workflowrun", component);
        }
        return camel;
    }
}
