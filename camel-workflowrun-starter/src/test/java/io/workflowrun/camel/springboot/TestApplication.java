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

import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot application as a user writes one: the starter on the class path, no Camel setup, one route from
 * {@code direct:start} to the endpoint each test names in property {@code test.endpoint}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {

    @Bean
    RouteBuilder route(@Value("${test.endpoint}") String endpoint) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(endpoint);
            }
        };
    }
}
