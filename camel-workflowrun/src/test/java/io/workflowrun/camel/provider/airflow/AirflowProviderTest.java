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
package io.workflowrun.camel.provider.airflow;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.airflow.AirflowHandler;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The endpoint takes exactly one credential, and a base URL: a wrong configuration fails when it is created, naming the options. */
class AirflowProviderTest extends SimulatorTestSupport {

    private static String base() {
        return "workflowrun:airflow:" + AirflowHandler.DAG_ID + "?baseUrl=" + simulator.baseUrl(AirflowProvider.ID);
    }

    @Test
    void aTokenAndAUserAtOnceAreRefusedNamingBoth() {
        assertThatThrownBy(() -> context.getEndpoint(base() + "&token=RAW(t0k3n-not-shown)&username=admin&password=RAW(pw-not-shown)"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Options token and username are both set").hasMessageContaining("not both")
                .hasMessageNotContaining("t0k3n-not-shown").hasMessageNotContaining("pw-not-shown");
    }

    @Test
    void noCredentialIsRefusedNamingBothWays() {
        assertThatThrownBy(() -> context.getEndpoint(base()))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Option username is required").hasMessageContaining("unless option token is set");
    }

    @Test
    void aPasswordWithoutAUserIsRefusedNamingTheUser() {
        assertThatThrownBy(() -> context.getEndpoint(base() + "&password=RAW(pw-not-shown)"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Option username is required").hasMessageNotContaining("pw-not-shown");
    }

    @Test
    void theBaseUrlIsRequiredSinceAirflowIsSelfHosted() {
        assertThatThrownBy(() -> context.getEndpoint("workflowrun:airflow:" + AirflowHandler.DAG_ID + "?username="
                                                     + WorkflowRunSimulator.ACCESS_KEY + "&password=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause().hasMessageContaining("Option baseUrl is required for provider airflow");
    }
}
