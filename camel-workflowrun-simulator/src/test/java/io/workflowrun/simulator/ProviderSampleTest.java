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
package io.workflowrun.simulator;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each handler declares its provider's sample; tests, examples and benchmarks run any provider by name from these
 * (the component's ProviderContractTest proves that each sample starts runs).
 */
class ProviderSampleTest {

    @Test
    void everyProviderServedHasASampleWithAWorkflowIdAndTheKeysTheSimulatorAccepts() {
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(1)) {
            assertThat(WorkflowRunSimulator.providerIds()).isNotEmpty().isEqualTo(simulator.providers());
            assertThat(simulator.providers()).allSatisfy(provider -> {
                ProviderSample sample = WorkflowRunSimulator.sample(provider);
                assertThat(sample.provider()).isEqualTo(provider);
                assertThat(sample.workflowId()).isNotBlank();
                assertThat(sample.options()).containsAllEntriesOf(sample.settings()).containsAllEntriesOf(sample.credentials());
                String key = sample.credentials().get(sample.keyOption());
                if (sample.keyFile()) {
                    // a key file is checked as its handler says (e.g. a token exchange), not looked up as a key
                    assertThat(key).as(provider + "'s key file").isNotBlank();
                    return;
                }
                assertThat(simulator.secretOf(provider, key)).as(provider + "'s key is one the simulator accepts").isNotNull();
                if (sample.signed()) {
                    assertThat(sample.credentials()).containsEntry(sample.secretOption(), simulator.secretOf(provider, key));
                }
            });
        }
    }

    @Test
    void theUriNamesTheWorkflowAndEveryOptionRawWithTheBaseUrlLast() {
        ProviderSample sample = ProviderSample.of("acme", "wf-1", Map.of("zone", "z1", "account", "a&b"), "token", "t+1",
                "signingKey", "s/2");

        assertThat(sample.uri("http://127.0.0.1:1234/v1")).isEqualTo("workflowrun:acme:wf-1?account=RAW(a&b)&zone=RAW(z1)"
                                                                   + "&token=RAW(t+1)&signingKey=RAW(s/2)&baseUrl=http://127.0.0.1:1234/v1");
        assertThat(sample.uri(null)).endsWith("&signingKey=RAW(s/2)");
    }

    @Test
    void anotherKeyReplacesTheCredentialOnly() {
        ProviderSample signed = ProviderSample.signed("acme", "wf-1", Map.of("region", "r1"));
        ProviderSample bearer = ProviderSample.bearer("acme", "wf-1", Map.of("team", "t1"));

        assertThat(signed.withKey("AK2", "SK2").options()).isEqualTo(Map.of("region", "r1", "accessKey", "AK2", "secretKey", "SK2"));
        assertThat(bearer.withKey("key-2", "ignored").options()).isEqualTo(Map.of("team", "t1", "apiKey", "key-2"));
        assertThat(bearer.signed()).isFalse();
        assertThat(bearer.secretOption()).isNull();
    }

    @Test
    void withoutAnOptionTheSampleLacksItSettingOrCredential() {
        ProviderSample signed = ProviderSample.signed("acme", "wf-1", Map.of("region", "r1"));

        assertThat(signed.without("region").options()).containsOnlyKeys("accessKey", "secretKey");
        assertThat(signed.without("secretKey").options()).containsOnlyKeys("region", "accessKey");
        assertThat(signed.without("accessKey").uri(null)).isEqualTo("workflowrun:acme:wf-1?region=RAW(r1)&secretKey=RAW("
                                                                   + WorkflowRunSimulator.SECRET_KEY + ")");
    }

    @Test
    void itsTextNamesTheCredentialsOptionsNotTheirValues() {
        String text = WorkflowRunSimulator.sample(WorkflowRunSimulator.providerIds().get(0)).withKey("key-not-shown", "secret-not-shown")
                .toString();

        assertThat(text).doesNotContain("key-not-shown").doesNotContain("secret-not-shown");
    }

    @Test
    void anUnknownProviderIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> WorkflowRunSimulator.sample("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'").hasMessageContaining(WorkflowRunSimulator.providerIds().toString());
    }
}
