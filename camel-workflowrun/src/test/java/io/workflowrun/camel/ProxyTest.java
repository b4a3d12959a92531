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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls go through an HTTP proxy that asks for authentication, with the proxy password kept out of every log line. */
class ProxyTest extends SimulatorTestSupport {

    private static final String PROXY_USER = "proxy-user";
    private static final String PROXY_PASSWORD = "proxy-Pa55word-NotToLeak";
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "proxy-authorization",
            "proxy-connection", "keep-alive", "transfer-encoding", "upgrade", "expect");

    static {
        SecretGuard.watch(PROXY_PASSWORD);
    }

    private static final List<String> PROXIED = new CopyOnWriteArrayList<>();
    private static HttpServer proxy;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        HttpClient forward = HttpClient.newHttpClient();
        proxy.createContext("/", exchange -> {
            try (exchange) {
                relay(forward, exchange);
            }
        });
        proxy.start();
    }

    @AfterAll
    static void stopProxy() {
        proxy.stop(0);
    }

    private static void relay(HttpClient forward, HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString((PROXY_USER + ":" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
            exchange.getResponseHeaders().add("Proxy-Authenticate", "Basic realm=\"test\"");
            exchange.sendResponseHeaders(407, -1);
            return;
        }
        PROXIED.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        HttpRequest.Builder request = HttpRequest.newBuilder(exchange.getRequestURI())
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WorkflowRunComponent component = new WorkflowRunComponent();
        component.setProxyHost("127.0.0.1");
        component.setProxyPort(proxy.getAddress().getPort());
        component.setProxyUsername(PROXY_USER);
        component.setProxyPassword(PROXY_PASSWORD);
        context.addComponent("workflowrun", component);
        return context;
    }

    @Test
    void triggerGoesThroughTheAuthenticatingProxy() {
        Exchange out = send("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"),
                Map.of("via", "proxy"));

        assertThat(out.getException()).isNull();
        assertThat(PROXIED).containsExactly("POST " + simulator.baseUrl("dify") + "/workflows/run");
        assertThat(simulator.runs("dify")).hasSize(1);
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(simulator.runs("dify").get(0).runId());
    }
}
