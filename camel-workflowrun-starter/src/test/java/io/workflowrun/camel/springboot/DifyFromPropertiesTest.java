package io.workflowrun.camel.springboot;

import java.util.Map;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A bearer-key provider configured only from Spring Boot properties: the URI names just the provider. */
@SpringBootTest(classes = { TestApplication.class, DifyFromPropertiesTest.Route.class }, properties = {
        "camel.component.workflowrun.api-key=" + WorkflowRunSimulator.API_KEY,
        "camel.component.workflowrun.user=spring-user",
        "camel.component.workflowrun.response-mode=streaming" })
class DifyFromPropertiesTest {

    private static final WorkflowRunSimulator SIMULATOR = WorkflowRunSimulator.start(2);

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.workflowrun.base-url", () -> SIMULATOR.baseUrl("dify"));
    }

    @AfterAll
    static void stopSimulator() {
        SIMULATOR.close();
    }

    @Configuration(proxyBeanMethods = false)
    static class Route {
        @Bean
        RouteBuilder route() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:start").to("workflowrun:dify");
                }
            };
        }
    }

    @Autowired
    private ProducerTemplate template;

    @Test
    void runStartsWithTheKeyUserAndBaseUrlFromProperties() {
        Exchange out = template.request("direct:start", e -> e.getMessage().setBody(Map.of("city", "Lyon")));

        assertThat(out.getException()).isNull();
        String runId = out.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        assertThat(SIMULATOR.runs("dify")).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(runId);
            assertThat(run.parameters()).containsEntry("city", "Lyon");
        });
        SimulatorRequest request = SIMULATOR.requests("dify").get(0).request();
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + WorkflowRunSimulator.API_KEY);
        assertThat(request.bodyText()).contains("\"user\":\"spring-user\"").contains("\"response_mode\":\"streaming\"");
    }
}
