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
package io.workflowrun.camel.http;

import java.io.Closeable;
import java.io.InterruptedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.DefaultThreadFactory;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorStatus;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pooled async HTTP client, shared by all endpoints of a component. No thread waits for an answer: answers arrive
 * on the client's I/O threads (named {@code workflowrun-io}). What is read from one answer is bounded
 * ({@link Limits#maxResponseSize()}), so that one server cannot fill the heap those threads share; should an I/O thread
 * die nonetheless, {@link #isUsable()} says so and the component builds a new client.
 */
public final class HttpTransport implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final CloseableHttpAsyncClient client;
    private volatile boolean closing;
    private volatile boolean threadDied;

    public HttpTransport(Settings settings) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom().setValidateAfterInactivity(Timeout.ofSeconds(2)).build());
        if (settings.sslContext() != null) {
            // certificates and host names are still checked: only the trust material and protocols come from the user
            connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        HttpAsyncClientBuilder builder = HttpAsyncClients.custom();
        if (settings.proxyHost() != null && !settings.proxyHost().isBlank()) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() > 0 ? settings.proxyPort() : 3128);
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(settings.proxyUsername(),
                        settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        client = builder
                .setConnectionManager(connections.build())
                .setThreadFactory(ioThreads())
                // the last step before the request is written: its connection (through a proxy, TLS included) is made
                .addExecInterceptorLast("workflowrun-connected", (request, entityProducer, scope, chain, callback) -> {
                    CallProgress progress = scope.clientContext.getAttribute(CallProgress.CONTEXT_KEY, CallProgress.class);
                    if (progress == null || progress.connect(scope.execRuntime)) {
                        chain.proceed(request, entityProducer, scope, callback);
                    } else {
                        callback.failed(new InterruptedIOException("cut off before the request was sent"));
                    }
                })
                // retries are a policy decision (a trigger must never run twice), not the client's
                .disableAutomaticRetries()
                // a redirect would resend a signed request to a host it was not signed for
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
    }

    /**
     * The client's threads. One that ends before the client is closed was killed by an Error (an OutOfMemoryError, say):
     * the reactor it ran is gone, and with it every connection it served, so the client is no longer trusted.
     */
    private ThreadFactory ioThreads() {
        DefaultThreadFactory threads = new DefaultThreadFactory("workflowrun-io", true);
        return task -> threads.newThread(() -> {
            try {
                task.run();
            } catch (Error e) {
                LOG.error("An I/O thread of the shared HTTP client died; the component builds a new client for the next call", e);
                throw e;
            } finally {
                if (!closing) {
                    threadDied = true;
                }
            }
        });
    }

    /** Whether the client can still send: not closed, its I/O reactor running, none of its threads dead. */
    public boolean isUsable() {
        IOReactorStatus status = client.getStatus();
        return !closing && !threadDied && (status == IOReactorStatus.INACTIVE || status == IOReactorStatus.ACTIVE);
    }

    /** Sends the call and hands over the whole answer, read up to {@link Limits#maxResponseSize()}. */
    public void send(HttpCall call, Limits limits, CallProgress progress, FutureCallback<HttpReply> callback) {
        BoundedResponseConsumer consumer = new BoundedResponseConsumer(limits.maxResponseSize());
        progress.attach(client.execute(SimpleRequestProducer.create(toRequest(call)), consumer, null, context(limits, progress),
                callback));
    }

    /**
     * Sends the call and reads an event-stream answer event by event (see {@link EventStreamConsumer}). The callback
     * gets a non-stream answer whole, or the end of a stream the listener never finished. {@link CallProgress#drop()}
     * closes the stream.
     */
    public void stream(
            HttpCall call, Limits limits, EventStreamConsumer.Listener listener, CallProgress progress,
            FutureCallback<HttpReply> callback) {
        EventStreamConsumer consumer = new EventStreamConsumer(listener, limits.maxResponseSize());
        Future<HttpReply> future = client.execute(SimpleRequestProducer.create(toRequest(call)), consumer, null,
                context(limits, progress), callback);
        progress.attach(future);
        consumer.onceFinished(progress::drop);
    }

    /** The request exactly as this transport sends it: headers as signed, the body with the signed content type. */
    public static SimpleHttpRequest toRequest(HttpCall call) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.create(call.method()).setUri(call.uri());
        String contentType = null;
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            builder.addHeader(header.getKey(), header.getValue());
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                contentType = header.getValue();
            }
        }
        if (call.body().length > 0) {
            // the Content-Type header stays exactly as signed: the client adds one only where none is set
            builder.setBody(call.body(), contentType == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.parse(contentType));
        }
        return builder.build();
    }

    private static HttpClientContext context(Limits limits, CallProgress progress) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(limits.requestConfig());
        context.setAttribute(CallProgress.CONTEXT_KEY, progress);
        return context;
    }

    static Map<String, String> headers(HttpMessage message) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : message.getHeaders()) {
            headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
        }
        return headers;
    }

    /**
     * Closes the client: idle connections at once, calls still in flight after a short grace are cut. Never waits long
     * (stopping a context must stay quick, even with a server still sending).
     */
    @Override
    public void close() {
        closing = true;
        client.initiateShutdown();
        try {
            client.awaitShutdown(TimeValue.ofMilliseconds(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close(CloseMode.IMMEDIATE);
    }

    /**
     * How the shared client is built.
     *
     * @param sslContext    the TLS context, or null for the JVM's default
     * @param proxyHost     an HTTP proxy, or null for none
     * @param proxyPort     its port
     * @param proxyUsername its user, or null when it needs no authentication
     * @param proxyPassword its password
     */
    public record Settings(
            int maxConnections, int maxConnectionsPerRoute, SSLContext sslContext, String proxyHost, int proxyPort,
            String proxyUsername, String proxyPassword) {

        /** Never the proxy password. */
        @Override
        public String toString() {
            return "Settings[maxConnections=" + maxConnections + ", maxConnectionsPerRoute=" + maxConnectionsPerRoute
                   + ", ssl=" + (sslContext == null ? "default" : "custom") + ", proxy=" + proxyHost + ":" + proxyPort + "]";
        }
    }

    /**
     * What bounds one endpoint's calls, made into the client's request settings once.
     *
     * @param connectMillis   the wait for a connection (TCP and TLS)
     * @param requestMillis   the whole call, from sending to the last byte of the answer (enforced by the caller's
     *                        deadline); also the wait for a pooled connection
     * @param maxResponseSize the most bytes read from one answer (or one event of a stream)
     */
    public record Limits(int connectMillis, int requestMillis, int maxResponseSize, RequestConfig requestConfig) {

        public Limits(int connectMillis, int requestMillis, int maxResponseSize) {
            this(connectMillis, requestMillis, maxResponseSize, requestConfig(connectMillis, requestMillis));
        }

        @SuppressWarnings("deprecation") // per-request connect timeout: endpoints share one pool but may differ in timeouts
        private static RequestConfig requestConfig(int connectMillis, int requestMillis) {
            return RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofMilliseconds(connectMillis))
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(requestMillis))
                    // the caller's deadline ends the call; the client's own wait between reads is only a backstop, later,
                    // so that a silent server fails as the deadline says and not as a socket timeout
                    .setResponseTimeout(Timeout.ofMilliseconds(2L * requestMillis))
                    .build();
        }
    }
}
