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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.spi.CachedToken;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider whose client sends an access token from a token endpoint: the token is fetched before the first call and
 * sent until shortly before it expires; a burst of calls makes one fetch; a refused fetch fails the calls unsent; a
 * token the provider refuses (401) is forgotten. Against a loopback server with a token endpoint and a run endpoint.
 */
class TokenFetchTest extends CamelTestSupport {

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int tokenStatus = 200;
    private volatile int runStatus = 200;
    private volatile CountDownLatch tokenGate = new CountDownLatch(0);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", exchange -> {
            int n = fetches.incrementAndGet();
            try {
                tokenGate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, tokenStatus, tokenStatus == 200 ? "{\"access_token\": \"t" + n + "\", \"expires_in\": 3600}"
                    : "{\"error\": \"invalid_client\"}");
        });
        server.createContext("/run", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, runStatus, runStatus == 200 ? "{\"run_id\": \"run-1\"}" : "{\"error\": \"expired\"}");
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An endpoint whose client is the token-using one below. */
    private WorkflowRunEndpoint endpoint() {
        WorkflowRunEndpoint endpoint = context.getEndpoint("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=RAW(k)&teamId=t"
                                                           + "&maxAttempts=1&baseUrl=" + base(), WorkflowRunEndpoint.class);
        endpoint.setProviderClient(new TokenClient(URI.create(base())));
        return endpoint;
    }

    private Exchange trigger(WorkflowRunEndpoint endpoint) {
        return template.request(endpoint, e -> e.getMessage().setBody(Map.of("q", "x")));
    }

    @Test
    void theTokenIsFetchedOnceAndSentWithEveryCall() {
        WorkflowRunEndpoint endpoint = endpoint();

        Exchange first = trigger(endpoint);
        Exchange second = trigger(endpoint);

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isNull();
        assertThat(first.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("run-1");
        assertThat(fetches).as("token fetches").hasValue(1);
        assertThat(authorizations).containsExactly("Bearer t1", "Bearer t1");
    }

    @Test
    void aBurstOfCallsWithoutATokenMakesOneFetch() throws Exception {
        WorkflowRunEndpoint endpoint = endpoint();
        tokenGate = new CountDownLatch(1);
        List<java.util.concurrent.CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(template.asyncSend(endpoint, e -> e.getMessage().setBody(Map.of("q", "x"))));
        }
        // every call is waiting for the one fetch under way
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (fetches.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        tokenGate.countDown();

        for (var call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS).getException()).isNull();
        }
        assertThat(fetches).as("token fetches").hasValue(1);
        assertThat(authorizations).hasSize(20).containsOnly("Bearer t1");
    }

    @Test
    void aRefusedFetchFailsTheCallUnsentAndSendsNothing() {
        tokenStatus = 401;

        Exchange out = trigger(endpoint());

        assertThat(out.getException()).isInstanceOf(WorkflowRunNotSentException.class)
                .hasMessageContaining("no access token could be got from its token endpoint")
                .hasRootCauseInstanceOf(WorkflowRunException.class);
        assertThat(authorizations).as("calls that reached the run endpoint").isEmpty();
    }

    @Test
    void aTokenTheProviderRefusesIsForgottenAndTheNextCallFetchesAnew() {
        WorkflowRunEndpoint endpoint = endpoint();
        assertThat(trigger(endpoint).getException()).isNull();

        runStatus = 401;
        assertThat(trigger(endpoint).getException()).isInstanceOf(WorkflowRunException.class);
        runStatus = 200;
        assertThat(trigger(endpoint).getException()).isNull();

        assertThat(fetches).as("token fetches").hasValue(2);
        assertThat(authorizations).containsExactly("Bearer t1", "Bearer t1", "Bearer t2");
    }

    @Test
    void aProviderHookThatThrowsOnAnIoThreadStillAnswersTheExchange() {
        WorkflowRunEndpoint endpoint = context.getEndpoint("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=RAW(k)&teamId=t"
                                                           + "&maxAttempts=3&requestTimeout=5000&baseUrl=" + base(), WorkflowRunEndpoint.class);
        endpoint.setProviderClient(new TokenClient(URI.create(base())) {
            @Override
            public boolean isRefusedUnprocessed(WorkflowRunException error) {
                throw new NullPointerException("a provider's bug");
            }
        });
        runStatus = 503;

        Exchange refused = trigger(endpoint);

        assertThat(refused.getException()).as("answered, as not refused unprocessed: not resent")
                .isInstanceOf(WorkflowRunException.class);
        assertThat(authorizations).as("calls").hasSize(1);

        runStatus = 200;
        endpoint = context.getEndpoint("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=RAW(k2)&teamId=t&baseUrl=" + base(),
                WorkflowRunEndpoint.class);
        endpoint.setProviderClient(new TokenClient(URI.create(base())) {
            @Override
            public Map<String, Object> headersFor(RunRequest request, WorkflowRun run) {
                throw new IllegalStateException("a provider's bug in its headers");
            }
        });

        Exchange out = trigger(endpoint);

        assertThat(out.getException()).isInstanceOf(IllegalStateException.class).hasMessageContaining("headers");
    }

    /** A client that sends the token from its token endpoint as a bearer token. */
    private static class TokenClient implements ProviderClient {

        private final URI base;
        private final CachedToken tokens = new CachedToken() {
            @Override
            public HttpCall fetch(Instant now) {
                return HttpCall.of("POST", base.resolve("/token"), Map.of("Content-Type", "application/json"),
                        "{}".getBytes(StandardCharsets.UTF_8));
            }

            @Override
            protected Token read(HttpReply reply, Instant now) throws WorkflowRunException {
                if (!reply.isSuccess()) {
                    throw Replies.unexpected("test", reply, "a token", null);
                }
                Map<String, Object> json = Replies.json(reply);
                return new Token((String) json.get("access_token"),
                        now.plusSeconds(((Number) json.get("expires_in")).longValue()));
            }
        };

        TokenClient(URI base) {
            this.base = base;
        }

        @Override
        public TokenSource tokens() {
            return tokens;
        }

        @Override
        public HttpCall call(RunRequest request) {
            return HttpCall.of("POST", base.resolve("/run"),
                    Map.of("Authorization", "Bearer " + tokens.current(request.now()), "Content-Type", "application/json"),
                    "{}".getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
            if (!reply.isSuccess()) {
                throw Replies.unexpected("test", reply, "a run", null);
            }
            return new WorkflowRun("test", request.workflowId(), (String) Replies.json(reply).get("run_id"), RunStatus.RUNNING,
                    "running", null, null, null, null);
        }
    }
}
