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

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The README's configuration, {@code camel.component.workflowrun.api-key=${DIFY_API_KEY}}, with the variable unset: the
 * application fails to start, naming what is unset, instead of starting and sending the text as the key. Camel Spring
 * Boot 4.22 resolves every {@code camel.*} property strictly as it starts (its security policy check), so Spring names
 * the placeholder first; where a property is bound as its text (Camel Spring Boot 4.18 and older, or Spring set to
 * ignore unresolvable placeholders) the component refuses it, naming the option ({@code UnresolvedPlaceholderTest}).
 */
class UnsetPropertyFailsAtStartupTest {

    @Test
    void anUnsetKeyVariableStopsTheApplicationFromStarting() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("test.endpoint=workflowrun:dify",
                        "camel.component.workflowrun.api-key=${WORKFLOWRUN_TEST_NEVER_SET_KEY}",
                        "camel.component.workflowrun.user=camel",
                        "camel.component.workflowrun.base-url=http://127.0.0.1:9/v1");

        assertThatThrownBy(application::run).rootCause().message()
                .satisfiesAnyOf(
                        message -> assertThat(message).isEqualTo("Could not resolve placeholder 'WORKFLOWRUN_TEST_NEVER_SET_KEY' in"
                                                                 + " value \"${WORKFLOWRUN_TEST_NEVER_SET_KEY}\""),
                        message -> assertThat(message).isEqualTo("Option apiKey holds ${WORKFLOWRUN_TEST_NEVER_SET_KEY}, which looks"
                                                                 + " like an unresolved property placeholder: define the property or"
                                                                 + " environment variable it names, or set the option to its value"));
    }
}
