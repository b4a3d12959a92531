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
package io.workflowrun.benchmarks;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.Json;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.http.Header;

/**
 * The benchmark target in a JVM of its own, so that its CPU time is not billed to the client measured: a
 * {@link StubServer} per provider, each answering every request with the answer the simulator gave to one real trigger
 * of that provider (recorded at start). Arguments: the server kind and its thread count. Prints
 * {@code <provider> <baseUrl> <port>} lines, then {@code ready}, like {@link SimulatorProcess}; stops when stdin closes.
 */
public final class StubProcess {

    private StubProcess() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "nio";
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Map<String, CannedAnswer> answers = new LinkedHashMap<>();
        Map<String, String> basePaths = new LinkedHashMap<>();
        try (WorkflowRunSimulator simulator = WorkflowRunSimulator.start(2)) {
            for (String provider : simulator.providers()) {
                answers.put(provider, record(provider, simulator.baseUrl(provider)));
                basePaths.put(provider, URI.create(simulator.baseUrl(provider)).getRawPath());
            }
        }
        try (StubServer server = StubServer.of(kind, threads)) {
            for (Map.Entry<String, CannedAnswer> answer : answers.entrySet()) {
                int port = server.listen(answer.getValue());
                System.out.println(answer.getKey() + " http://127.0.0.1:" + port + basePaths.get(answer.getKey()) + " " + port);
            }
            System.out.println("ready");
            System.out.flush();
            try (InputStream stdin = System.in) {
                stdin.transferTo(OutputStream.nullOutputStream());
            }
        }
    }

    /**
     * The simulator's answer to the component's own trigger request, which it verifies as the provider would. For a
     * client that gets access tokens, the token endpoint's answer is folded into it (both are JSON objects): the stub
     * answers every request alike, so the clients measured get their token from the same answer.
     */
    static CannedAnswer record(String provider, String baseUrl) throws Exception {
        try (CloseableHttpAsyncClient http = HttpAsyncClients.createDefault()) {
            http.start();
            ProviderClient client = Providers.bind(provider, baseUrl);
            SimpleHttpResponse response = send(http, client.call(Providers.trigger(provider, 0, Instant.now())));
            if (response.getCode() != 200) {
                throw new IOException("the simulator answered " + provider + "'s trigger with HTTP " + response.getCode() + ": "
                                      + response.getBodyText());
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (Header header : response.getHeaders()) {
                if (!CannedAnswer.isOwnedByServer(header.getName())) {
                    headers.add(new AbstractMap.SimpleImmutableEntry<>(header.getName(), header.getValue()));
                }
            }
            byte[] body = response.getBodyBytes();
            if (client.tokens() != null) {
                Map<String, Object> both = new LinkedHashMap<>(Json.readObjectOrNull(send(http, client.tokens().fetch(Instant.now()))
                        .getBodyBytes()));
                both.putAll(Json.readObjectOrNull(body));
                body = Json.write(both);
            }
            return new CannedAnswer(response.getCode(), List.copyOf(headers), body);
        }
    }

    private static SimpleHttpResponse send(CloseableHttpAsyncClient http, HttpCall call) throws Exception {
        return http.execute(SimpleRequestProducer.create(HttpTransport.toRequest(call)), SimpleResponseConsumer.create(), null)
                .get(30, TimeUnit.SECONDS);
    }
}
