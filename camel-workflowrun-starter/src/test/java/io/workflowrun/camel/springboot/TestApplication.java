package io.workflowrun.camel.springboot;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A Spring Boot application as a user writes one: the starter on the class path, no Camel setup; each test adds its route. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {
}
