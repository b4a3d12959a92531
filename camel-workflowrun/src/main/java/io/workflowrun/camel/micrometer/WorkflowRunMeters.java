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

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.workflowrun.camel.statistics.FailureKind;
import io.workflowrun.camel.statistics.ProviderStatistics;
import io.workflowrun.camel.statistics.WorkflowRunStatistics;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's meters in a Micrometer registry: function meters that read {@link ProviderStatistics} when the
 * registry is scraped, one set per provider, tagged {@code provider=<id>} only. A provider whose first endpoint is made
 * later gets its meters then. {@link #close()} removes them all.
 */
public final class WorkflowRunMeters implements AutoCloseable {

    /** The name camel-micrometer binds its registry under (its MicrometerConstants.METRICS_REGISTRY_NAME). */
    public static final String CAMEL_REGISTRY_NAME = "metricsRegistry";

    public static final String PREFIX = "workflowrun.";
    public static final String PROVIDER_TAG = "provider";
    public static final String KIND_TAG = "kind";

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunMeters.class);

    private final MeterRegistry registry;
    private final WorkflowRunStatistics statistics;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final Consumer<ProviderStatistics> binder = this::bindProvider;

    private WorkflowRunMeters(MeterRegistry registry, WorkflowRunStatistics statistics) {
        this.registry = registry;
        this.statistics = statistics;
    }

    /** Binds the statistics' meters to the registry, for the providers made so far and those made later. */
    public static WorkflowRunMeters bind(MeterRegistry registry, WorkflowRunStatistics statistics) {
        WorkflowRunMeters meters = new WorkflowRunMeters(registry, statistics);
        statistics.addListener(meters.binder);
        return meters;
    }

    /**
     * Binds to the registry that Camel's registry holds, found as camel-micrometer finds its own: a composite registry
     * before a single one, the one named {@value #CAMEL_REGISTRY_NAME} before the only one of its type; none (null)
     * when there is none, or several and none of them named so.
     */
    public static WorkflowRunMeters bindToCamelRegistry(Registry camelRegistry, WorkflowRunStatistics statistics) {
        MeterRegistry registry = find(camelRegistry, CompositeMeterRegistry.class);
        if (registry == null) {
            registry = find(camelRegistry, MeterRegistry.class);
        }
        if (registry == null) {
            LOG.debug("No Micrometer MeterRegistry in the Camel registry: the workflowrun meters are not bound");
            return null;
        }
        LOG.debug("Binding the workflowrun meters to {}", registry.getClass().getName());
        return bind(registry, statistics);
    }

    private static MeterRegistry find(Registry camelRegistry, Class<? extends MeterRegistry> type) {
        MeterRegistry named = camelRegistry.lookupByNameAndType(CAMEL_REGISTRY_NAME, type);
        if (named != null) {
            return named;
        }
        Set<? extends MeterRegistry> found = camelRegistry.findByType(type);
        return found != null && found.size() == 1 ? found.iterator().next() : null;
    }

    private void bindProvider(ProviderStatistics provider) {
        try {
            Tags tags = Tags.of(PROVIDER_TAG, provider.provider());
            counter("triggers.started", "Triggers that started a run (or found it started by its idempotency key)",
                    tags, provider, ProviderStatistics::triggersStarted);
            counter("triggers.already.started", "Triggers whose idempotency key found a run already started",
                    tags, provider, ProviderStatistics::triggersAlreadyStarted);
            counter("triggers.maybe.started", "Triggers sent without an answer: the run may exist",
                    tags, provider, ProviderStatistics::maybeStarted);
            counter("status.calls", "Status operations answered", tags, provider, ProviderStatistics::statusCalls);
            counter("cancels", "Cancel operations answered", tags, provider, ProviderStatistics::cancels);
            counter("calls.sent", "Calls sent to the provider (first attempts, resends and polls)",
                    tags, provider, ProviderStatistics::attempts);
            counter("calls.throttled", "Answers that refused a call unprocessed (throttling), resent or not",
                    tags, provider, ProviderStatistics::throttled);
            counter("calls.retried", "Calls sent again after a failed attempt", tags, provider, ProviderStatistics::retried);
            for (FailureKind kind : FailureKind.values()) {
                counter("failures", "Exchanges that failed, by kind", tags.and(KIND_TAG, kind.tag()), provider,
                        stats -> stats.failures(kind));
            }
            meters.add(Gauge.builder(PREFIX + "waits.pending", provider, ProviderStatistics::waitsPending)
                    .description("Waits for a run's outcome in flight").tags(tags).register(registry));
            meters.add(FunctionTimer.builder(PREFIX + "waits", provider, ProviderStatistics::waitsEnded,
                    ProviderStatistics::waitSeconds, TimeUnit.SECONDS)
                    .description("Waits for a run's outcome that ended, and how long they took").tags(tags).register(registry));
            counter("polls", "Status polls of waits", tags, provider, ProviderStatistics::polls);
            counter("waits.taken.over", "Durable waits taken over from instances that stopped or died",
                    tags, provider, ProviderStatistics::waitsTakenOver);
            counter("outcomes.delivered", "Outcomes of durable waits sent to outcomeUri",
                    tags, provider, ProviderStatistics::outcomesDelivered);
            counter("outcomes.delivered.again", "Outcomes sent to outcomeUri again (an instance died while delivering them)",
                    tags, provider, ProviderStatistics::outcomesDeliveredAgain);
            meters.add(FunctionTimer.builder(PREFIX + "rate.limit.delay", provider, ProviderStatistics::rateLimitDelayed,
                    ProviderStatistics::rateLimitDelaySeconds, TimeUnit.SECONDS)
                    .description("Calls that waited for a rate-limit slot, and how long they waited").tags(tags).register(registry));
            meters.add(TimeGauge.builder(PREFIX + "rate.limit.backlog", provider, TimeUnit.MILLISECONDS,
                    ProviderStatistics::rateLimitBacklogMillis)
                    .description("The wait a call taking a rate-limit slot now would have").tags(tags).register(registry));
            meters.add(Gauge.builder(PREFIX + "authentication.failures.in.a.row", provider,
                    ProviderStatistics::authenticationFailuresInARow)
                    .description("Answers in a row that refused the credentials; 0 once the provider takes them again")
                    .tags(tags).register(registry));
        } catch (RuntimeException e) {
            // metrics must never keep an endpoint from being made
            LOG.warn("Cannot bind the workflowrun meters of provider {}: {}", provider.provider(), e.toString());
        }
    }

    private void counter(String name, String description, Tags tags, ProviderStatistics provider,
                         ToDoubleFunction<ProviderStatistics> count) {
        meters.add(FunctionCounter.builder(PREFIX + name, provider, count).description(description).tags(tags)
                .register(registry));
    }

    /** The meters bound so far. */
    public List<Meter> meters() {
        return List.copyOf(meters);
    }

    /** Stops binding new providers and removes every meter bound. */
    @Override
    public void close() {
        statistics.removeListener(binder);
        meters.forEach(registry::remove);
        meters.clear();
    }
}
