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
package io.workflowrun.camel.provider;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

import io.workflowrun.camel.spi.WorkflowRunProvider;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.support.scan.DefaultPackageScanClassResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every registered provider is emulated by the simulator and runs the contract: a new one cannot skip either. */
class EveryProviderKeepsTheContractTest {

    @Test
    void theProvidersRegisteredAreTheOnesEmulatedAndContractTested() throws Exception {
        List<String> registered = new ArrayList<>();
        ServiceLoader.load(WorkflowRunProvider.class).forEach(provider -> registered.add(provider.id()));
        List<String> tested = new ArrayList<>();
        for (Class<?> test : new DefaultPackageScanClassResolver().findImplementations(ProviderContractTest.class,
                ProviderContractTest.class.getPackageName())) {
            if (test != ProviderContractTest.class) {
                Constructor<?> constructor = test.getDeclaredConstructor();
                constructor.setAccessible(true);
                tested.add(((ProviderContractTest) constructor.newInstance()).provider());
            }
        }

        assertThat(registered).as("providers registered").isNotEmpty();
        assertThat(new TreeSet<>(registered)).as("emulated by the simulator").containsExactlyElementsOf(WorkflowRunSimulator.providerIds());
        assertThat(new TreeSet<>(tested)).as("with a ProviderContractTest subclass").containsExactlyElementsOf(new TreeSet<>(registered));
        assertThat(tested).as("one subclass each").doesNotHaveDuplicates();
    }
}
