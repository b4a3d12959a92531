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

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong configuration fails when the endpoint is created, and the message names what to fix. */
class ConfigurationErrorTest extends CamelTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown provider          | workflowrun:nosuch:x?apiKey=k                      | Unknown provider 'nosuch'",
            "unknown provider lists ids | workflowrun:nosuch:x?apiKey=k                     | known providers: airflow, alibaba-schedulerx, dify, huawei-functiongraph, interactly, tencent-wedata",
            "dify without apiKey       | workflowrun:dify?user=u                            | Option apiKey is required for provider dify",
            "dify without user         | workflowrun:dify?apiKey=k                          | Option user is required for provider dify",
            "dify bad responseMode     | workflowrun:dify?apiKey=k&user=u&responseMode=fast | Option responseMode is 'fast'",
            "interactly bad id         | workflowrun:interactly:12345?apiKey=k&teamId=t&baseUrl=http://127.0.0.1:1 | '12345' from the endpoint URI's workflowId is not an ObjectId",
            "interactly without baseUrl | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=k&teamId=t | Option baseUrl is required for provider interactly",
            "interactly without teamId | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=k&baseUrl=http://127.0.0.1:1 | Option teamId is required",
            "interactly without apiKey | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?teamId=t&baseUrl=http://127.0.0.1:1 | Option apiKey is required",
            "baseUrl not a URL         | workflowrun:dify?apiKey=k&user=u&baseUrl=ht tp://x  | Option baseUrl 'ht tp://x' is not usable",
            "baseUrl wrong scheme      | workflowrun:dify?apiKey=k&user=u&baseUrl=ftp://host | Option baseUrl 'ftp://host' is not usable: the scheme must be http or https",
            "baseUrl without host      | workflowrun:dify?apiKey=k&user=u&baseUrl=http:///v1 | Option baseUrl 'http:///v1' is not usable",
            "unknown option            | workflowrun:dify?apiKey=k&user=u&colour=blue       | colour",
            "bad operation             | workflowrun:dify?apiKey=k&user=u&operation=launch  | Option operation cannot be set to 'launch' (",
            "bad operation lists them  | workflowrun:dify?apiKey=k&user=u&operation=launch  | expected one of trigger, status, cancel",
            "bad boolean               | workflowrun:dify?apiKey=k&user=u&allowPlainHttp=no | Option allowPlainHttp cannot be set to 'no' (",
            "plain http to a remote host | workflowrun:dify?apiKey=k&user=u&baseUrl=http://dify.example.com/v1 | set allowPlainHttp=true",
            "negative rateLimit        | workflowrun:dify?apiKey=k&user=u&rateLimit=-1      | Option rateLimit must be 0",
            "maxAttempts zero          | workflowrun:dify?apiKey=k&user=u&maxAttempts=0     | Option maxAttempts must be from 1 to 1000, but was 0",
            "pollInterval zero         | workflowrun:dify?apiKey=k&user=u&pollInterval=0    | Option pollInterval must be from 1 ms to 86400000 ms (1 day), but was 0 ms",
            "pollInterval not a number | workflowrun:dify?apiKey=k&user=u&pollInterval=abc  | Option pollInterval is 'abc', but expected a duration",
            "rateLimit not a number    | workflowrun:dify?apiKey=k&user=u&rateLimit=fast    | Option rateLimit is 'fast', but expected a number of requests per second",
            "maxPollInterval too small | workflowrun:dify?apiKey=k&user=u&pollInterval=5000&maxPollInterval=100 | Option maxPollInterval",
    })
    void endpointCreationFailsNamingTheOption(String name, String uri, String expected) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "maxConnections zero            | maxConnections         | 0     | Option maxConnections must be from 1 to 1000000, but was 0",
            "maxConnectionsPerRoute negative | maxConnectionsPerRoute | -1    | Option maxConnectionsPerRoute must be from 1 to 1000000, but was -1",
            "proxyPort above 65535          | proxyPort              | 70000 | Option proxyPort must be from 1 to 65535, but was 70000",
            "proxyPort zero                 | proxyPort              | 0     | Option proxyPort must be from 1 to 65535, but was 0",
            "component maxAttempts zero     | maxAttempts            | 0     | Option maxAttempts must be from 1 to 1000, but was 0",
    })
    void componentOptionsAreCheckedWhenItStarts(String name, String option, String value, String expected) throws Exception {
        WorkflowRunComponent component = new WorkflowRunComponent();
        // typed, as Java or Spring Boot sets them: only the range check can catch these
        new WorkflowRunComponentConfigurer().configure(context, component, option, Integer.valueOf(value), false);
        try (DefaultCamelContext other = new DefaultCamelContext()) {
            other.addComponent("workflowrun", component);

            assertThatThrownBy(other::start).satisfies(e -> assertThat(causes(e)).contains(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pollInterval not a duration   | pollInterval           | abc         | Option pollInterval is 'abc', but expected a duration",
            "waitTimeout of a year and more | waitTimeout           | 366d        | Option waitTimeout must be from 1 ms to 31536000000 ms (365 days), but was 31622400000 ms",
            "maxConnections too large      | maxConnections         | 99999999999 | Option maxConnections must be from 1 to 1000000, but was 99999999999",
            "proxyPort not a number        | proxyPort              | http        | Option proxyPort is 'http', but expected a whole number from 1 to 65535",
            "rateLimit NaN                 | rateLimit              | NaN         | Option rateLimit must be 0 (no limit)",
    })
    void componentOptionsGivenAsTextAreCheckedWhenBound(String name, String option, String text, String expected) {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);

        // as Camel Main binds camel.component.workflowrun.* from a properties file
        assertThatThrownBy(() -> PropertyBindingSupport.build().withConfigurer(component.getComponentPropertyConfigurer())
                .withIgnoreCase(true).bind(context, component, new HashMap<>(Map.of(option, text))))
                .satisfies(e -> assertThat(causes(e)).contains(expected));
    }

    @org.junit.jupiter.api.Test
    void aComponentMaySetOneOfAPairAndItsEndpointsTheOther() {
        // retryDelay above the default maxRetryDelay (5 s): right once the endpoint sets maxRetryDelay
        context.getComponent("workflowrun", WorkflowRunComponent.class).getConfiguration().setRetryDelay(10_000);
        String dify = "workflowrun:dify?apiKey=k&user=u&baseUrl=http://127.0.0.1:1/v1";

        assertThat(context.getEndpoint(dify + "&maxRetryDelay=60s", WorkflowRunEndpoint.class).getConfiguration().getMaxRetryDelay())
                .isEqualTo(60_000);
        assertThatThrownBy(() -> context.getEndpoint(dify)).isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Option maxRetryDelay (5000 ms) must be at least retryDelay (10000 ms)");
    }

    @org.junit.jupiter.api.Test
    void durationsTakeUnitsAndIso8601() {
        WorkflowRunEndpoint endpoint = context.getEndpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=http://127.0.0.1:1/v1"
                                                           + "&pollInterval=1500ms&maxPollInterval=1m30s&waitTimeout=PT2H&connectTimeout=PT5S"
                                                           + "&requestTimeout=2s&retryDelay=250&maxRetryTime=0", WorkflowRunEndpoint.class);

        WorkflowRunConfiguration configuration = endpoint.getConfiguration();
        assertThat(configuration.getPollInterval()).isEqualTo(1500);
        assertThat(configuration.getMaxPollInterval()).isEqualTo(90_000);
        assertThat(configuration.getWaitTimeout()).isEqualTo(7_200_000);
        // an int option reads ISO-8601 too (Camel's own conversion would read PT5S as 0)
        assertThat(configuration.getConnectTimeout()).isEqualTo(5000);
        assertThat(configuration.getRequestTimeout()).isEqualTo(2000);
        assertThat(configuration.getRetryDelay()).isEqualTo(250);
        assertThat(configuration.getMaxRetryTime()).isZero();
    }

    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" | ");
        }
        return text.toString();
    }

    @org.junit.jupiter.api.Test
    void plainHttpIsAllowedToLoopbackOrWhenOptedIn() {
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=http://127.0.0.1:8080/v1");
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=http://localhost:8080/v1");
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&allowPlainHttp=true&baseUrl=http://dify.internal/v1");
    }
}
