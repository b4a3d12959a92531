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
package io.workflowrun.simulator.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowRunSimulatorExtensionTest {

    @RegisterExtension
    static WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String firstBaseUrl;

    static int startDifyRun(String baseUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/workflows/run"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + WorkflowRunSimulator.API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":{\"city\":\"Lyon\"},\"user\":\"u-1\"}"))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    @Order(1)
    void aStaticFieldStartsOneSimulatorForTheClass() throws Exception {
        firstBaseUrl = simulator.baseUrl("dify");
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(30)));

        assertThat(startDifyRun(firstBaseUrl)).isEqualTo(200);
        assertThat(simulator.get().runs("dify")).singleElement()
                .satisfies(run -> assertThat(run.parameters()).containsEntry("city", "Lyon"));
    }

    @Test
    @Order(2)
    void eachTestStartsFromACleanSlateOnTheSamePorts() {
        assertThat(simulator.baseUrl("dify")).isEqualTo(firstBaseUrl);
        assertThat(simulator.get().requests()).isEmpty();
        assertThat(simulator.get().runs()).isEmpty();
        assertThat(simulator.get().clock()).isEqualTo(Clock.systemUTC());
    }

    @Nested
    class InAnInstanceField {

        @RegisterExtension
        final WorkflowRunSimulatorExtension own = new WorkflowRunSimulatorExtension();

        @Test
        void theSimulatorRunsForTheTest() throws Exception {
            assertThat(own.baseUrl("dify")).isNotEqualTo(simulator.baseUrl("dify"));
            assertThat(startDifyRun(own.baseUrl("dify"))).isEqualTo(200);
            assertThat(own.get().runs("dify")).hasSize(1);
            assertThat(simulator.get().runs("dify")).isEmpty();
        }
    }

    @Test
    void outsideATestThereIsNoSimulator() {
        assertThatThrownBy(() -> new WorkflowRunSimulatorExtension().get()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only while a test");
    }
}
