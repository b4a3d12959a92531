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
package io.workflowrun.camel.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.statistics.ProviderStatistics;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The readiness of one workflowrun producer: its endpoint was created (so its options were checked), the shared HTTP
 * client is started and usable, its provider is not refusing the credentials, its rate limiter is not saturated, and,
 * where the probe is on, the last probe was answered. DOWN names each reason, and the provider; no detail holds an
 * option's value, so none holds a secret.
 */
public class WorkflowRunProducerHealthCheck extends AbstractHealthCheck {

    /** The prefix of every id: {@code producer:workflowrun-<provider>-<endpoint id>}, as Camel's components name theirs. */
    public static final String ID_PREFIX = "producer:workflowrun-";

    private final ProducerHealthTarget target;

    public WorkflowRunProducerHealthCheck(String endpointId, ProducerHealthTarget target) {
        super("camel", ID_PREFIX + target.provider() + "-" + endpointId);
        this.target = target;
    }

    /** Not a liveness check: restarting mends none of the reasons it reports. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String provider = target.provider();
        List<String> reasons = new ArrayList<>();
        builder.detail("provider", provider);
        builder.detail(ENDPOINT_URI, target.endpoint());
        // the endpoint exists: its options passed the checks that refuse a wrong configuration
        builder.detail("configuration", "valid");

        TransportState transport = target.transport().get();
        builder.detail("transport", transport.text());
        if (transport != TransportState.STARTED) {
            reasons.add("the shared HTTP client is " + transport.text());
        }

        // the probe's last answer before the statistics: its refusal is counted there before it is the last answer, so a
        // result that shows a refused probe also counts that refusal
        List<String> probeReasons = new ArrayList<>();
        probe(builder, probeReasons);

        ProviderStatistics statistics = target.statistics();
        long refusals = statistics.authenticationFailuresInARow();
        builder.detail("authentication.failures.in.a.row", refusals);
        ProviderStatistics.RecentError lastRefusal = statistics.lastAuthenticationFailure();
        if (lastRefusal != null) {
            builder.detail("authentication.last.failure", lastRefusal.message());
            builder.detail("authentication.last.failure.at", lastRefusal.at().toString());
        }
        if (refusals > 0) {
            reasons.add("provider " + provider + " refused the credentials in its last " + refusals + " answer" + (refusals == 1 ? "" : "s")
                        + " (ready again once it accepts a call)");
        }

        long backlog = statistics.rateLimitBacklogMillis();
        builder.detail("rate.limit.wait.ms", backlog);
        builder.detail("rate.limit.max.wait.ms", target.maxRateLimitWaitMillis());
        if (backlog > target.maxRateLimitWaitMillis()) {
            reasons.add("the rate limiter of provider " + provider + " is saturated: a call now would wait " + backlog
                        + " ms for its slot, more than " + target.maxRateLimitWaitMillis() + " ms (healthCheckMaxRateLimitWait)");
        }

        reasons.addAll(probeReasons);

        if (reasons.isEmpty()) {
            builder.up();
        } else {
            String reason = "workflowrun " + target.endpoint() + " is not ready: " + String.join("; ", reasons);
            builder.message(reason);
            // in the details too: Spring Boot's actuator shows a check's details, not its message
            builder.detail("reason", reason);
            builder.down();
        }
    }

    private void probe(HealthCheckResultBuilder builder, List<String> reasons) {
        ProducerHealthTarget.Probing probing = target.probing();
        if (probing == null) {
            builder.detail("probe", "off");
            return;
        }
        ProbeAnswer last = probing.probe().poll(probing.send(), probing.intervalMillis(), probing.timeoutMillis());
        builder.detail("probe.interval.ms", probing.intervalMillis());
        if (last == null) {
            builder.detail("probe", "pending: the first probe has not been answered yet");
            return;
        }
        builder.detail("probe", last.verdict().text());
        builder.detail("probe.answer", last.text());
        builder.detail("probe.at", last.at().toString());
        // a probe's refusal counts among the authentication failures in a row, as any call's does (so the next accepted
        // call ends it); only a probe without an answer is a reason of its own
        if (last.verdict() == ProbeAnswer.Verdict.UNREACHABLE) {
            reasons.add("provider " + target.provider() + " did not answer the health probe (" + last.text() + ")");
        }
    }
}
