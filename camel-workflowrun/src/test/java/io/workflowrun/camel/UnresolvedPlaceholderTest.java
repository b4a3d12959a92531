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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A credential or base URL still holding a property placeholder (a property or environment variable nobody set) fails
 * when the route starts, naming the option and the placeholder, instead of being sent as the key and answered 401.
 */
class UnresolvedPlaceholderTest {

    private static final String UNSET = "${WORKFLOWRUN_TEST_NEVER_SET}";

    @Test
    void aRouteWithAnUnsetKeyFailsToStartNamingTheOption() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("workflowrun:dify?user=camel&apiKey=RAW(${DIFY_API_KEY})&baseUrl=http://127.0.0.1:9/v1");
                }
            });

            assertThatThrownBy(camel::start)
                    .hasRootCauseMessage("Option apiKey holds ${DIFY_API_KEY}, which looks like an unresolved property placeholder:"
                                         + " define the property or environment variable it names, or set the option to its value");
        }
    }

    @Test
    void aKeySetOnTheComponentAsCamelPlaceholderTextFailsWhenTheRouteStarts() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            WorkflowRunComponent component = new WorkflowRunComponent();
            // as a binder that leaves Camel's syntax alone (Spring's) hands it over
            component.getConfiguration().setApiKey("{{env:DIFY_API_KEY}}");
            camel.addComponent("workflowrun", component);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("workflowrun:dify?user=camel&baseUrl=http://127.0.0.1:9/v1");
                }
            });

            assertThatThrownBy(camel::start).rootCause().hasMessageStartingWith("Option apiKey holds {{env:DIFY_API_KEY}}, which looks like");
        }
    }

    /** Every secret option of every provider's sample (its credentials), one at a time. */
    static Stream<Arguments> secretCredentials() {
        List<String> secrets = new ArrayList<>();
        catalogProperties().properties().forEach(option -> {
            if (option.getValue().path("secret").asBoolean()) {
                secrets.add(option.getKey());
            }
        });
        return WorkflowRunSimulator.providerIds().stream().map(WorkflowRunSimulator::sample)
                .flatMap(sample -> sample.credentials().keySet().stream().filter(secrets::contains)
                        .map(option -> Arguments.of(sample.provider(), option)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("secretCredentials")
    void everySecretOptionIsChecked(String provider, String option) throws Exception {
        ProviderSample sample = WorkflowRunSimulator.sample(provider);
        String uri = sample.uri("http://127.0.0.1:9").replace("RAW(" + sample.credentials().get(option) + ")", "RAW(" + UNSET + ")");
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();

            assertThatThrownBy(() -> camel.getEndpoint(uri)).isInstanceOf(ResolveEndpointFailedException.class)
                    .hasMessageContaining("Option " + option + " holds " + UNSET + ", which looks like an unresolved property placeholder");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "${WF_URL}", "{{wf.url}}", "https://${WF_HOST}/v1" })
    void aBaseUrlPlaceholderIsNamedAsSuch(String baseUrl) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            WorkflowRunComponent component = new WorkflowRunComponent();
            // on the component: in an endpoint URI, Camel itself refuses a {{name}} that nothing defines
            component.getConfiguration().setBaseUrl(baseUrl);
            camel.addComponent("workflowrun", component);
            camel.start();
            String placeholder = baseUrl.replaceAll(".*?(\\$\\{[^}]+}|\\{\\{[^}]+}}).*", "$1");

            assertThatThrownBy(() -> camel.getEndpoint("workflowrun:dify?apiKey=k&user=u"))
                    .hasMessageContaining("Option baseUrl holds " + placeholder + ", which looks like an unresolved property placeholder");
        }
    }

    @Test
    void theComponentsProxyPasswordIsCheckedWhenItStarts() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            WorkflowRunComponent component = new WorkflowRunComponent();
            component.setProxyHost("proxy.example.com");
            component.setProxyUsername("camel");
            component.setProxyPassword("${PROXY_PASSWORD}");
            camel.addComponent("workflowrun", component);

            assertThatThrownBy(camel::start).rootCause().hasMessageStartingWith("Option proxyPassword holds ${PROXY_PASSWORD}, which looks like");
        }
    }

    @Test
    void theMessageQuotesThePlaceholderAloneNeverTheRestOfTheValue() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();

            assertThatThrownBy(() -> camel.getEndpoint("workflowrun:tencent-wedata:wf?region=ap-guangzhou&projectId=1"
                                                       + "&accessKey=RAW(AKIDexample)&secretKey=RAW(s3cr3t-${SUFFIX})"))
                    .hasMessageContaining("Option secretKey holds ${SUFFIX}").hasMessageNotContaining("s3cr3t");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "k{e}y$", "{\"a\":{\"b\":1}}", "$ {X}", "${ X }" })
    void keysThatMerelyHoldBracesAreNotPlaceholders(String key) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();

            assertThat(camel.getEndpoint("workflowrun:dify?user=u&baseUrl=http://127.0.0.1:9/v1&apiKey=RAW(" + key + ")")).isNotNull();
        }
    }

    private static JsonNode catalogProperties() {
        try (InputStream in = WorkflowRunComponent.class.getResourceAsStream("/META-INF/io/workflowrun/camel/workflowrun.json")) {
            return new ObjectMapper().readTree(in).get("properties");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
