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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.workflowrun.camel.health.WorkflowRunProducerHealthCheck;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer health check as Camel's health API shows it (with {@code camel.health.producersEnabled=true}): UP, DOWN
 * with the reason while the provider refuses the credentials or the rate limiter is saturated, and the probe's answer.
 */
class HealthCheckTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-wrongwrongwrongwrong";
    private static final String SATURATED = "&rateLimit=0.5&healthCheckMaxRateLimitWait=1000";
    private static final String PROBED = "&healthCheckProbe=true&requestTimeout=500&maxAttempts=1";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what camel.health.producersEnabled=true does in Camel Main and Spring Boot
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dify").routeId("dify").to(dify(""));
                from("direct:saturated").routeId("saturated").autoStartup(false).to(dify(SATURATED));
                from("direct:probed").routeId("probed").autoStartup(false).to(dify(PROBED));
            }
        };
    }

    private static String dify(String more) {
        return "workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify") + more;
    }

    @Test
    void readinessIsUpThenDownWhileTheProviderRefusesTheKeyThenUpOnceACallIsAccepted() {
        HealthCheck.Result up = readiness();
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getCheck().getId()).startsWith("producer:workflowrun-dify-");
        assertThat(up.getDetails()).containsEntry("provider", "dify").containsEntry("configuration", "valid")
                .containsEntry("transport", "started").containsEntry(HealthCheck.ENDPOINT_URI, "workflowrun:dify")
                .containsEntry("authentication.failures.in.a.row", 0L).containsEntry("probe", "off")
                .containsEntry("rate.limit.max.wait.ms", 30_000L);

        // the key was revoked: the provider answers 401
        simulator.injectNext("dify", SimulatorResponse.json(401, Map.of("code", "unauthorized", "message", "Access token is invalid",
                "status", 401)));
        assertThat(template.request("direct:dify", e -> e.getMessage().setBody(Map.of())).getException()).isNotNull();

        HealthCheck.Result down = readiness();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).get().asString().contains("provider dify refused the credentials in its last 1 answer");
        assertThat(down.getDetails()).containsEntry("authentication.failures.in.a.row", 1L)
                .containsKey("authentication.last.failure");
        assertThat(String.valueOf(down.getDetails().get("authentication.last.failure"))).contains("401");
        assertNoSecret(down);

        assertThat(template.request("direct:dify", e -> e.getMessage().setBody(Map.of())).getException()).isNull();
        assertThat(readiness().getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void aWrongKeyOnAnotherEndpointOfTheProviderNamesTheProviderAndNoKey() {
        String wrong = "workflowrun:dify?apiKey=" + WRONG_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify");
        assertThat(send(wrong, null).getException()).isNotNull();

        // the statistics are the provider's: each of its endpoints says so
        List<HealthCheck.Result> results = List.of(readinessOf(context.getEndpoint(wrong, WorkflowRunEndpoint.class)), readiness());
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).get().asString().contains("dify");
            assertNoSecret(result);
        });
    }

    @Test
    void readinessIsDownWhileTheRateLimiterIsSaturated() throws Exception {
        context.getRouteController().startRoute("saturated");
        assertThat(readiness("saturated").getState()).isEqualTo(HealthCheck.State.UP);

        // one call per 2 s: the first goes now, the next two wait 2 and 4 s for their slots
        for (int i = 0; i < 3; i++) {
            template.asyncSendBody("direct:saturated", Map.of());
        }
        await(() -> readiness("saturated").getState() == HealthCheck.State.DOWN, "the limiter's queue to fill up");

        HealthCheck.Result down = readiness("saturated");
        assertThat(down.getMessage()).get().asString()
                .contains("the rate limiter of provider dify is saturated").contains("more than 1000 ms (healthCheckMaxRateLimitWait)");
        assertThat((Long) down.getDetails().get("rate.limit.wait.ms")).isGreaterThan(1000L);
        assertNoSecret(down);
    }

    @Test
    void checksInARowSendOneProbeAndShowItsAnswer() throws Exception {
        context.getRouteController().startRoute("probed");
        for (int i = 0; i < 5; i++) {
            readiness("probed");
        }
        await(() -> "accepted".equals(readiness("probed").getDetails().get("probe")), "the probe's answer");

        HealthCheck.Result result = readiness("probed");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(String.valueOf(result.getDetails().get("probe.answer"))).contains("404");
        assertThat(simulator.requests("dify")).as("one probe for all those checks, a status call").hasSize(1)
                .allSatisfy(recorded -> assertThat(recorded.request().method()).isEqualTo("GET"));
        assertNoSecret(result);
    }

    @Test
    void aProbeWithNoAnswerDoesNotHoldTheCheckAndMakesItDownOnceItsTimeIsUp() throws Exception {
        context.getRouteController().startRoute("probed");
        simulator.injectNext("dify", Fault.delay(Duration.ofSeconds(5)));

        long start = System.nanoTime();
        HealthCheck.Result pending = readiness("probed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the check does not wait for the probe").isLessThan(Duration.ofMillis(400));
        assertThat(pending.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(String.valueOf(pending.getDetails().get("probe"))).startsWith("pending");

        await(() -> readiness("probed").getState() == HealthCheck.State.DOWN, "the probe's requestTimeout");
        HealthCheck.Result down = readiness("probed");
        assertThat(down.getMessage()).get().asString().contains("provider dify did not answer the health probe");
        assertThat(down.getDetails()).containsEntry("probe", "unreachable");
        assertThat(simulator.requests("dify")).as("no second probe within the interval").hasSize(1);
    }

    @Test
    void aProbeThatTheProviderRefusesMakesReadinessDown() throws Exception {
        context.getRouteController().startRoute("probed");
        simulator.injectNext("dify", SimulatorResponse.json(401, Map.of("code", "unauthorized", "message", "Access token is invalid",
                "status", 401)));

        readiness("probed");
        await(() -> "refused".equals(readiness("probed").getDetails().get("probe")), "the probe's answer");

        HealthCheck.Result down = readiness("probed");
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).get().asString().contains("provider dify refused the credentials");
        assertNoSecret(down);
    }

    @Test
    void theCheckLeavesWithItsProducer() throws Exception {
        String id = readiness().getCheck().getId();
        assertThat(workflowRunChecks()).contains(id);
        context.getRouteController().stopRoute("dify");
        context.removeRoute("dify");
        assertThat(workflowRunChecks()).doesNotContain(id);
    }

    private HealthCheck.Result readiness() {
        return readiness("dify");
    }

    /** The check of the route's workflowrun endpoint. */
    private HealthCheck.Result readiness(String routeId) {
        String uri = switch (routeId) {
            case "saturated" -> SATURATED;
            case "probed" -> PROBED;
            default -> "";
        };
        return readinessOf(context.getEndpoint(dify(uri), WorkflowRunEndpoint.class));
    }

    /** The endpoint's check, called as a readiness probe calls it (alone: another endpoint's check may send a probe). */
    private HealthCheck.Result readinessOf(WorkflowRunEndpoint endpoint) {
        String id = "producer:workflowrun-dify-" + endpoint.getId();
        return HealthCheckHelper.invoke(context, check -> Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS),
                check -> !check.getId().equals(id), "full").stream().findFirst().orElseThrow();
    }

    /** The ids of the workflowrun checks in Camel's health-check registry. */
    private List<String> workflowRunChecks() {
        return HealthCheckRegistry.get(context).stream().map(HealthCheck::getId)
                .filter(id -> id.startsWith(WorkflowRunProducerHealthCheck.ID_PREFIX)).toList();
    }

    private static void assertNoSecret(HealthCheck.Result result) {
        String all = result.getMessage().orElse("") + " " + result.getDetails() + " " + result.getError().map(Throwable::toString).orElse("");
        assertThat(all).doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WRONG_KEY);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("waited 10 s for " + what).isNegative();
            Thread.sleep(20);
        }
    }
}
