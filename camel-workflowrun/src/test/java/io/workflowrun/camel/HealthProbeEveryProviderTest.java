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

import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Producer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The probe of every provider, against its simulator: a status call for a run that does not exist is answered without
 * refusing the sample's credentials (readiness UP), and refused with a wrong secret, in the provider's own way (an HTTP
 * 401, or an error code in a 200 or 400 answer), which makes readiness DOWN. What each answers is the probe's
 * documentation (observability.adoc).
 */
class HealthProbeEveryProviderTest extends SimulatorTestSupport {

    private static final String WRONG = "wrong-secret-9f8e7d6c5b4a";

    static List<String> providers() {
        return WorkflowRunSimulator.providerIds();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
        return context;
    }

    @ParameterizedTest
    @MethodSource("providers")
    void theProbeIsAnsweredWithTheSampleCredentials(String provider) throws Exception {
        HealthCheck.Result result = probed(WorkflowRunSimulator.sample(provider));

        assertThat(result.getDetails().get("probe")).as(provider + ": " + result.getDetails().get("probe.answer")).isEqualTo("accepted");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aRefusedProbeMakesReadinessDownNamingTheProvider(String provider) throws Exception {
        ProviderSample sample = WorkflowRunSimulator.sample(provider);
        // another key file is the provider's own tests' to make (see ProviderSample.keyFile)
        assumeFalse(sample.keyFile(), provider + " takes a key file");
        ProviderSample wrong = sample.signed() ? sample.withKey(sample.credentials().get(sample.keyOption()), WRONG)
                : sample.withKey(WRONG, WRONG);

        HealthCheck.Result result = probed(wrong);

        assertThat(result.getDetails().get("probe")).as(provider + ": " + result.getDetails().get("probe.answer")).isEqualTo("refused");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).get().asString().contains("provider " + provider + " refused the credentials");
        String all = result.getMessage().orElse("") + result.getDetails();
        assertThat(all).doesNotContain(WRONG);
        sample.credentials().values().forEach(secret -> assertThat(all).doesNotContain(secret));
    }

    /** The endpoint's check once its first probe is answered. */
    private HealthCheck.Result probed(ProviderSample sample) throws Exception {
        WorkflowRunEndpoint endpoint = context.getEndpoint(sample.uri(simulator.baseUrl(sample.provider()))
                                                           + "&healthCheckProbe=true&requestTimeout=5000", WorkflowRunEndpoint.class);
        Producer producer = endpoint.createProducer();
        ServiceHelper.startService(producer);
        try {
            String id = "producer:workflowrun-" + sample.provider() + "-" + endpoint.getId();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                HealthCheck.Result result = HealthCheckHelper.invoke(context, id, Map.of(HealthCheck.CHECK_KIND, HealthCheck.Kind.READINESS))
                        .orElseThrow();
                if (!String.valueOf(result.getDetails().get("probe")).startsWith("pending")) {
                    return result;
                }
                assertThat(System.nanoTime() - deadline).as("waited 10 s for the probe's answer").isNegative();
                Thread.sleep(20);
            }
        } finally {
            ServiceHelper.stopService(producer);
        }
    }
}
