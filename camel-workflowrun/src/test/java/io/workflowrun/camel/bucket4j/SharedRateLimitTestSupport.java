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
package io.workflowrun.camel.bucket4j;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.SimulatorExtension;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances (three Camel contexts in one JVM, each with its own component, store bean and connection to the
 * store: not three JVMs) share one store and one credential: the provider sees the limit of one, not of three. Each
 * store's test says how an instance reaches it.
 */
abstract class SharedRateLimitTestSupport {

    static final int RATE = 20;
    static final int INSTANCES = 3;
    static final String PROVIDER = "tencent-wedata";
    /** Threads the waiting calls may add on top of the baseline: I/O threads, the timer, the store's pool, the contexts' own. */
    private static final int THREAD_HEADROOM = 40;

    @RegisterExtension
    static final SimulatorExtension SIMULATOR = new SimulatorExtension();
    private final List<CamelContext> contexts = new ArrayList<>();

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
    }

    /** The store bean of the given instance (0 to 2): all reach the same shared store, each its own way. */
    abstract RateLimitStore store(int instance) throws Exception;

    @Test
    void threeInstancesTogetherStayWithinTheLimitOfOneCredential() throws Exception {
        int perInstance = 20;
        List<Producer> producers = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            producers.add(producer(instance(store(i))));
        }
        // a first call each (connections, classes loaded), so that a slow first call does not bunch the next behind it
        for (Producer producer : producers) {
            assertThat(send(producer).getException()).isNull();
        }
        SIMULATOR.simulator().reset();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();

        CountDownLatch done = new CountDownLatch(INSTANCES * perInstance);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < perInstance; i++) {
            for (Producer producer : producers) {
                Exchange exchange = new DefaultExchange(producer.getEndpoint().getCamelContext());
                exchange.getMessage().setBody("{\"n\": " + exchanges.size() + "}");
                exchanges.add(exchange);
                AsyncProcessorConverterHelper.convert(producer).process(exchange, doneSync -> done.countDown());
            }
        }
        int peak = baseline;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.await(20, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            peak = Math.max(peak, threads.getThreadCount());
        }
        assertThat(done.getCount()).as("calls still waiting").isZero();
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNull());

        List<Instant> arrivals = SIMULATOR.simulator().requests(PROVIDER).stream().map(r -> r.request().receivedAt()).sorted().toList();
        assertThat(arrivals).hasSize(INSTANCES * perInstance);
        int busiest = busiest(arrivals, Duration.ofSeconds(1));
        Duration spread = Duration.between(arrivals.get(0), arrivals.get(arrivals.size() - 1));
        double perSecond = (arrivals.size() - 1) * 1_000_000_000.0 / spread.toNanos();
        System.out.printf("shared rate limit: %d calls from %d instances over %d ms (%.1f/s), at most %d in any 1 s (limit %d/s); "
                          + "threads %d before, %d at most while waiting%n",
                arrivals.size(), INSTANCES, spread.toMillis(), perSecond, busiest, RATE, baseline, peak);
        // the limit of one credential, +10%, in every 1 s window the simulator saw; without the shared store the three
        // instances send about 60 in 1 s
        assertThat(busiest).as("the most calls in any 1 s window").isLessThanOrEqualTo(RATE + RATE / 10);
        // and close to it over the run: the store spaces the calls, it does not slow them down
        assertThat(perSecond).as("calls per second over the run").isBetween(RATE * 0.9, RATE * 1.1);
        assertThat(peak).as("threads while 60 calls waited for their slots").isLessThan(baseline + THREAD_HEADROOM);
    }

    /** The most arrivals in any window of this length that starts at an arrival. */
    private static int busiest(List<Instant> arrivals, Duration window) {
        int busiest = 0;
        for (Instant from : arrivals) {
            busiest = Math.max(busiest, (int) arrivals.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plus(window))).count());
        }
        return busiest;
    }

    static Exchange send(Producer producer) {
        Exchange exchange = new DefaultExchange(producer.getEndpoint().getCamelContext());
        exchange.getMessage().setBody("{}");
        return producer.getEndpoint().getCamelContext().createProducerTemplate().send(producer.getEndpoint(), exchange);
    }

    /** An instance as an application sets one up: a store bean, named by the component's option. */
    CamelContext instance(RateLimitStore store) {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        context.getRegistry().bind("sharedLimit", store);
        WorkflowRunComponent component = new WorkflowRunComponent();
        context.addComponent("workflowrun", component);
        PropertyBindingSupport.build().bind(context, component, "rateLimitStore", "#sharedLimit");
        context.start();
        return context;
    }

    static Producer producer(CamelContext context) throws Exception {
        Producer producer = context.getEndpoint("workflowrun:" + PROVIDER + ":9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou"
                                                + "&projectId=1&rateLimit=" + RATE + "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY
                                                + "&secretKey=" + WorkflowRunSimulator.SECRET_KEY + "&baseUrl="
                                                + SIMULATOR.simulator().baseUrl(PROVIDER)).createProducer();
        producer.start();
        return producer;
    }
}
