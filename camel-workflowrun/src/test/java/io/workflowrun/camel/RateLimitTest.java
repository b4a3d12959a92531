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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** WeData's documented 20 requests/s holds by default, over a 5 s window, however fast messages arrive. */
class RateLimitTest extends SimulatorTestSupport {

    @Test
    void tencentTriggersStayWithinTwentyPerSecond() throws Exception {
        Endpoint endpoint = context.getEndpoint("workflowrun:tencent-wedata:9f551833-2150-4772-8ec1-78019779617c?region=ap-guangzhou"
                                                + "&projectId=1&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey="
                                                + WorkflowRunSimulator.SECRET_KEY + "&baseUrl=" + simulator.baseUrl("tencent-wedata"));
        Producer producer = endpoint.createProducer();
        producer.start();
        AsyncProcessor async = AsyncProcessorConverterHelper.convert(producer);
        int messages = 115;
        CountDownLatch done = new CountDownLatch(messages);
        for (int i = 0; i < messages; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("{\"n\": " + i + "}");
            async.process(exchange, doneSync -> done.countDown());
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

        List<Instant> arrivals = simulator.requests("tencent-wedata").stream().map(r -> r.request().receivedAt()).sorted().toList();
        assertThat(arrivals).hasSize(messages);
        assertThat(simulator.runs("tencent-wedata")).hasSize(messages);
        Instant start = arrivals.get(0);
        long inFiveSeconds = arrivals.stream().filter(t -> t.isBefore(start.plus(Duration.ofSeconds(5)))).count();
        System.out.printf("rate limit: %d requests in the first 5 s (limit 20/s)%n", inFiveSeconds);
        assertThat(inFiveSeconds).isBetween(90L, 110L);
        for (Instant from : arrivals) {
            long inWindow = arrivals.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(5))).count();
            assertThat(inWindow).as("requests in the 5 s from " + from).isLessThanOrEqualTo(110);
        }
        producer.stop();
    }
}
