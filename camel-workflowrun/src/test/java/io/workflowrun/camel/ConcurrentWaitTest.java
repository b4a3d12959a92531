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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Waiting holds no thread: a thousand runs waited on at once, with the JVM's live threads bounded throughout. */
class ConcurrentWaitTest extends SimulatorTestSupport {

    private static final int RUNS = 1000;
    /** Threads the waits may add on top of what the JVM ran before: I/O threads, the poll timer, the pool's own. */
    private static final int MAX_EXTRA_THREADS = 32;

    @Test
    void aThousandConcurrentWaitsCompleteWithBoundedThreads() throws Exception {
        simulator.setTimeline(Duration.ofMillis(100), Duration.ofMillis(400));
        Endpoint endpoint = context.getEndpoint("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WorkflowRunSimulator.API_KEY
                                                + "&teamId=t&waitForCompletion=true&pollInterval=100&maxPollInterval=200&baseUrl="
                                                + simulator.baseUrl("interactly"));
        Producer producer = endpoint.createProducer();
        producer.start();
        AsyncProcessor async = AsyncProcessorConverterHelper.convert(producer);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // warm up the component (its I/O threads and timer) before the baseline is read
        Exchange warmUp = new DefaultExchange(context);
        async.process(warmUp, doneSync -> {
        });
        int baseline = threads.getThreadCount();

        CountDownLatch done = new CountDownLatch(RUNS);
        List<Exchange> exchanges = new ArrayList<>();
        int peak = baseline;
        for (int i = 0; i < RUNS; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("{\"n\": " + i + "}");
            exchanges.add(exchange);
            async.process(exchange, doneSync -> done.countDown());
            peak = Math.max(peak, threads.getThreadCount());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.await(20, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline) {
            peak = Math.max(peak, threads.getThreadCount());
        }

        assertThat(done.getCount()).as("exchanges not completed").isZero();
        assertThat(exchanges).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            assertThat(e.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.SUCCEEDED);
        });
        assertThat(exchanges.stream().map(e -> e.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).distinct().count())
                .isEqualTo(RUNS);
        assertThat(simulator.runs("interactly")).hasSize(RUNS + 1);
        System.out.printf("%d concurrent waits: live threads %d before, %d at peak%n", RUNS, baseline, peak);
        assertThat(peak - baseline).as("threads added while waiting").isLessThanOrEqualTo(MAX_EXTRA_THREADS);
        producer.stop();
    }
}
