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
package io.workflowrun.camel.springboot;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.journal.RunJournal;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every component option, set as a Spring Boot property to a value other than its default, is what the component
 * holds: none is dropped on the way (Camel's property copy ignores what it cannot set, silently).
 */
class EveryPropertyReachesTheComponentTest {

    /** No routes: the made-up values need not make a working endpoint. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NoRoutes {

        @Bean
        WorkflowRunConfiguration shared() {
            return new WorkflowRunConfiguration();
        }

        @Bean
        SSLContextParameters tls() {
            return new SSLContextParameters();
        }

        @Bean
        RunJournal journal() {
            // the component starts with it: its lease timer renews nothing and takes over nothing
            return (RunJournal) Proxy.newProxyInstance(RunJournal.class.getClassLoader(), new Class<?>[] { RunJournal.class },
                    (proxy, method, args) -> switch (method.getName()) {
                        case "toString" -> "journal";
                        case "hashCode" -> 0;
                        case "equals" -> proxy == args[0];
                        case "takeOverWaits" -> List.of();
                        default -> null;
                    });
        }

        @Bean
        RateLimitStore store() {
            return (key, permitsPerSecond) -> {
                throw new UnsupportedOperationException("no endpoint is made");
            };
        }
    }

    @Test
    void everyOptionSetAsAPropertyIsSetOnTheComponent() {
        Map<String, Object> expected = new LinkedHashMap<>();
        List<String> properties = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, JsonNode> entry : ComponentMetadataFixture.componentOptions().entrySet()) {
            String option = entry.getKey();
            String value = switch (entry.getValue().get("type").asText()) {
                case "boolean" -> String.valueOf(!entry.getValue().path("defaultValue").asBoolean(false));
                // within every integer option's range (maxAttempts: 1 to 1000; proxyPort: 1 to 65535)
                case "integer" -> String.valueOf(100 + i);
                case "number" -> "2.5";
                case "duration" -> (i + 1) + "s";
                case "enum" -> option.equals("operation") ? "status" : "streaming";
                case "object" -> switch (option) {
                    case "configuration" -> "#shared";
                    case "rateLimitStore" -> "#store";
                    case "runJournal" -> "#journal";
                    default -> "#tls";
                };
                default -> "v-" + option;
            };
            properties.add(ComponentMetadataFixture.property(option) + "=" + value);
            expected.put(option, switch (entry.getValue().get("type").asText()) {
                case "boolean" -> Boolean.valueOf(value);
                case "integer" -> 100 + i;
                case "number" -> 2.5;
                case "duration" -> (i + 1) * 1000L;
                case "enum" -> option.equals("operation") ? WorkflowRunOperation.status : value;
                default -> value;
            });
            i++;
        }

        try (ConfigurableApplicationContext spring = new SpringApplicationBuilder(NoRoutes.class)
                .web(WebApplicationType.NONE).properties(properties.toArray(String[]::new)).run()) {
            WorkflowRunComponent component = spring.getBean(CamelContext.class).getComponent("workflowrun", WorkflowRunComponent.class);
            PropertyConfigurerGetter getter = (PropertyConfigurerGetter) component.getComponentPropertyConfigurer();
            expected.put("configuration", spring.getBean("shared"));
            expected.put("sslContextParameters", spring.getBean("tls"));
            expected.put("rateLimitStore", spring.getBean("store"));
            expected.put("runJournal", spring.getBean("journal"));

            expected.forEach((option, value) -> assertThat(getter.getOptionValue(component, option, false))
                    .as(ComponentMetadataFixture.property(option)).isEqualTo(value));
            // the shared configuration bean came first, and the single options were set on it, not lost with it
            assertThat(component.getConfiguration()).isSameAs(spring.getBean("shared"));
            assertThat(component.getConfiguration().getApiKey()).isEqualTo("v-apiKey");
        }
    }
}
