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
