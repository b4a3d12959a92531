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

import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand triggers through a route while about one request in five meets a fault, at a signed provider and a
 * bearer one: every message ends with exactly one run it can name, or with an exception; no retry ever starts a second
 * run; a trigger that got no answer has started at most one.
 */
class FaultSoakTest extends CamelTestSupport {

    private static final int MESSAGES = 10_000;
    private static final int IN_FLIGHT = 48;
    private static final double FAULT_RATE = 0.2;
    private static final String KEY = "soakKey";
    private static final String TENCENT_WORKFLOW = "9f551833-2150-4772-8ec1-78019779617c";
    private static final List<Fault> FAULTS = List.of(
            Fault.http429(), Fault.providerThrottling(), Fault.serverError(500), Fault.serverError(503),
            Fault.delay(Duration.ofMillis(20)), Fault.dropBeforeRead(), Fault.dropAfterRun(), Fault.malformedJson(),
            Fault.wrongContentType(), Fault.truncatedBody(), Fault.gatewayTimeout(504));

    private static WorkflowRunSimulator simulator;

    @BeforeAll
    static void startSimulator() {
        simulator = WorkflowRunSimulator.start(16);
    }

    @AfterAll
    static void stopSimulator() {
        simulator.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        // short waits between attempts, and no rate limit: the soak is about faults, not about pacing
        String retries = "&rateLimit=0&maxAttempts=4&retryDelay=1&maxRetryDelay=4&requestTimeout=10000";
        return new RouteBuilder() {
            @Override
            public void configure() {
                // each failure stays on its exchange for the test to read, instead of 2,000 stack traces in the log
                errorHandler(noErrorHandler());
                from("direct:tencent").routeId("tencent")
                        .to("workflowrun:tencent-wedata:" + TENCENT_WORKFLOW + "?region=ap-guangzhou&projectId=1"
                            + "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY
                            + ")&baseUrl=" + simulator.baseUrl("tencent-wedata") + retries);
                from("direct:dify").routeId("dify")
                        .to("workflowrun:dify?apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")&user=soak&baseUrl="
                            + simulator.baseUrl("dify") + retries);
            }
        };
    }

    @Test
    void everyMessageEndsWithOneRunOrAnExceptionAndNoRunStartsTwice() throws Exception {
        simulator.injectFaults("tencent-wedata", FAULT_RATE, 20260101L, FAULTS.toArray(Fault[]::new));
        simulator.injectFaults("dify", FAULT_RATE, 20260102L, FAULTS.toArray(Fault[]::new));
        Producer tencent = context.getEndpoint("direct:tencent").createProducer();
        Producer dify = context.getEndpoint("direct:dify").createProducer();
        tencent.start();
        dify.start();
        AsyncProcessor[] routes = {AsyncProcessorConverterHelper.convert(tencent), AsyncProcessorConverterHelper.convert(dify)};

        Semaphore slots = new Semaphore(IN_FLIGHT);
        CountDownLatch done = new CountDownLatch(MESSAGES);
        List<Exchange> exchanges = new ArrayList<>(MESSAGES);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
        long start = System.nanoTime();
        for (int i = 0; i < MESSAGES; i++) {
            assertThat(slots.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS))
                    .as("a slot for message %d before the deadline", i).isTrue();
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(Map.of(KEY, key(i), "n", String.valueOf(i)));
            exchanges.add(exchange);
            routes[i % 2].process(exchange, doneSync -> {
                slots.release();
                done.countDown();
            });
        }
        assertThat(done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)).as("all messages done in time").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Map<String, List<SimulatedRun>> runsByKey = simulator.runs().stream()
                .collect(Collectors.groupingBy(run -> String.valueOf(run.parameters().get(KEY))));
        Map<String, Integer> outcomes = new TreeMap<>();
        int maybeStartedWithRun = 0;
        for (int i = 0; i < MESSAGES; i++) {
            Exchange exchange = exchanges.get(i);
            List<SimulatedRun> runs = runsByKey.getOrDefault(key(i), List.of());
            Exception failure = exchange.getException();
            String provider = i % 2 == 0 ? "tencent-wedata" : "dify";
            assertThat(runs).as("runs of message %d", i).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(run -> assertThat(run.provider()).isEqualTo(provider));
            if (failure == null) {
                assertThat(runs).as("runs of succeeded message %d", i).hasSize(1);
                assertThat(exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).as("run ID of message %d", i)
                        .isEqualTo(runs.get(0).runId());
                outcomes.merge("succeeded", 1, Integer::sum);
            } else if (failure instanceof WorkflowRunMaybeStartedException) {
                maybeStartedWithRun += runs.size();
                outcomes.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
            } else {
                // every failure other than "sent, no answer" comes from an answer given in place of the service's
                assertThat(runs).as("runs of message %d that failed with %s", i, failure).isEmpty();
                outcomes.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
        Map<String, Long> faults = simulator.requests().stream().filter(r -> r.fault() != null)
                .collect(Collectors.groupingBy(r -> r.fault().toString(), TreeMap::new, Collectors.counting()));
        int requests = simulator.requests().size();
        System.out.printf("soak: %d messages in %d ms; outcomes %s; %d runs started (%d by triggers that got no answer); "
                          + "%d requests; faults injected %s%n",
                MESSAGES, took.toMillis(), outcomes, simulator.runs().size(), maybeStartedWithRun, requests, faults);

        assertThat(runsByKey).as("runs without a message key").doesNotContainKey("null");
        assertThat(simulator.runs()).hasSize(outcomes.getOrDefault("succeeded", 0) + maybeStartedWithRun);
        // each fault that lets the run start and then loses the answer left exactly one run behind a failed message
        long startedThenLost = faults.getOrDefault(Fault.dropAfterRun().toString(), 0L)
                               + faults.getOrDefault(Fault.truncatedBody().toString(), 0L)
                               + faults.getOrDefault(Fault.gatewayTimeout(504).toString(), 0L);
        assertThat(startedThenLost).isPositive();
        assertThat((long) maybeStartedWithRun).as("triggers that started a run but got no answer (or a gateway's timeout)")
                .isEqualTo(startedThenLost);
        assertThat((long) outcomes.get(WorkflowRunMaybeStartedException.class.getSimpleName())).as("triggers that got no answer")
                .isGreaterThanOrEqualTo(startedThenLost + faults.getOrDefault(Fault.dropBeforeRead().toString(), 0L));
        assertThat(requests).as("throttled triggers sent again").isGreaterThan(MESSAGES);
        assertThat(faults.values().stream().mapToLong(Long::longValue).sum()).isBetween((long) (requests * 0.17), (long) (requests * 0.23));
        assertThat(outcomes.get("succeeded")).isGreaterThan((int) (MESSAGES * 0.8));
        tencent.stop();
        dify.stop();
    }

    private static String key(int i) {
        return "m-" + i;
    }
}
