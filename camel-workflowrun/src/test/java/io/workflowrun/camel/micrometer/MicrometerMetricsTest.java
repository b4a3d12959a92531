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
package io.workflowrun.camel.micrometer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component's meters in the MeterRegistry that camel-micrometer (or an application) binds in Camel's registry. */
class MicrometerMetricsTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-wrongwrongwrongwrong";

    private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind(WorkflowRunMeters.CAMEL_REGISTRY_NAME, meterRegistry);
    }

    private String dify(String apiKey, String more) {
        return "workflowrun:dify?apiKey=" + apiKey + "&user=u&retryDelay=10&maxRetryDelay=20&baseUrl="
               + simulator.baseUrl("dify") + more;
    }

    private double count(String name, String... tags) {
        return meterRegistry.get(name).tags(tags).functionCounter().count();
    }

    @Test
    void triggersThrottlingResendsAndFailuresAreMeteredPerProvider() {
        simulator.injectNext("dify", SimulatorResponse.json(429, Map.of("code", "too_many_requests", "message", "slow down",
                "status", 429)));

        assertThat(send(dify(WorkflowRunSimulator.API_KEY, ""), Map.of("k", "v")).getException()).isNull();
        assertThat(send(dify(WorkflowRunSimulator.API_KEY, ""), Map.of("k", "v")).getException()).isNull();
        assertThat(send(dify(WRONG_KEY, ""), null).getException()).isNotNull();
        simulator.injectNext("dify", SimulatorResponse.noAnswer());
        assertThat(send(dify(WorkflowRunSimulator.API_KEY, ""), null).getException()).isNotNull();

        assertThat(count("workflowrun.triggers.started", "provider", "dify")).isEqualTo(2);
        assertThat(count("workflowrun.calls.throttled", "provider", "dify")).isEqualTo(1);
        assertThat(count("workflowrun.calls.retried", "provider", "dify")).isEqualTo(1);
        assertThat(count("workflowrun.calls.sent", "provider", "dify")).isEqualTo(5);
        assertThat(count("workflowrun.triggers.maybe.started", "provider", "dify")).isEqualTo(1);
        assertThat(count("workflowrun.failures", "provider", "dify", "kind", "authentication")).isEqualTo(1);
        assertThat(count("workflowrun.failures", "provider", "dify", "kind", "maybe_started")).isEqualTo(1);
        assertThat(count("workflowrun.failures", "provider", "dify", "kind", "throttled")).isZero();
        assertThat(meterRegistry.get("workflowrun.authentication.failures.in.a.row").tag("provider", "dify").gauge().value())
                .as("the refused key; the unanswered call after it says nothing of the credentials").isEqualTo(1);
        assertTagsNameNoSecret();
    }

    @Test
    void waitsAndPollsAreTimedAndCounted() {
        simulator.setTimeline(Duration.ofMillis(50), Duration.ofMillis(100));
        String interactly = "workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WorkflowRunSimulator.API_KEY
                            + "&teamId=t&waitForCompletion=true&pollInterval=20&maxPollInterval=40&baseUrl="
                            + simulator.baseUrl("interactly");

        assertThat(send(interactly, "{}").getException()).isNull();

        FunctionTimer waits = meterRegistry.get("workflowrun.waits").tag("provider", "interactly").functionTimer();
        assertThat(waits.count()).isEqualTo(1);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isGreaterThan(100);
        assertThat(meterRegistry.get("workflowrun.waits.pending").tag("provider", "interactly").gauge().value()).isZero();
        assertThat(count("workflowrun.polls", "provider", "interactly")).isPositive();
        assertTagsNameNoSecret();
    }

    @Test
    void rateLimitDelaysAreTimedAndTheBacklogIsAGauge() {
        for (int i = 0; i < 3; i++) {
            assertThat(send(dify(WorkflowRunSimulator.API_KEY, "&rateLimit=20"), null).getException()).isNull();
        }

        FunctionTimer delay = meterRegistry.get("workflowrun.rate.limit.delay").tag("provider", "dify").functionTimer();
        assertThat(delay.count()).isBetween(1.0, 2.0);
        assertThat(delay.totalTime(TimeUnit.MILLISECONDS)).isPositive();
        TimeGauge backlog = meterRegistry.get("workflowrun.rate.limit.backlog").tag("provider", "dify").timeGauge();
        assertThat(backlog.value(TimeUnit.MILLISECONDS)).isBetween(0.0, 50.0);
    }

    @Test
    void aProviderFirstUsedAfterTheBindingGetsItsMetersAndStoppingTheComponentRemovesThem() throws Exception {
        assertThat(meterRegistry.find("workflowrun.triggers.started").meters()).as("no provider used yet").isEmpty();

        assertThat(send(dify(WorkflowRunSimulator.API_KEY, ""), null).getException()).isNull();
        assertThat(count("workflowrun.triggers.started", "provider", "dify")).isEqualTo(1);

        context.getComponent("workflowrun").stop();

        assertThat(meterRegistry.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("workflowrun."));
    }

    /** Every meter of ours carries the provider tag, and no tag holds a credential. */
    private void assertTagsNameNoSecret() {
        List<Meter> ours = meterRegistry.getMeters().stream().filter(m -> m.getId().getName().startsWith("workflowrun.")).toList();
        assertThat(ours).isNotEmpty();
        for (Meter meter : ours) {
            assertThat(meter.getId().getTag("provider")).as(meter.getId().toString()).isNotBlank();
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WRONG_KEY);
                assertThat(tag.getKey()).isIn("provider", "kind");
            }
        }
        assertThat(ours).filteredOn(m -> m instanceof FunctionCounter).isNotEmpty();
    }
}
