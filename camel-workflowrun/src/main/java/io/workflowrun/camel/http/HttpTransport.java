package io.workflowrun.camel.http;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Future;

import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
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
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled async HTTP client, shared by all endpoints of a component. No thread waits for an answer: answers arrive
 * on the client's I/O threads (named {@code workflowrun-io}).
 */
public final class HttpTransport implements Closeable {

    private final CloseableHttpAsyncClient client;

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
                .setThreadFactory(new DefaultThreadFactory("workflowrun-io", true))
                // retries are a policy decision (a trigger must never run twice), not the client's
                .disableAutomaticRetries()
                // a redirect would resend a signed request to a host it was not signed for
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        client.start();
    }

    /** Sends the call and hands over the whole answer. */
    public Future<SimpleHttpResponse> send(HttpCall call, Timeouts timeouts, FutureCallback<HttpReply> callback) {
        return client.execute(SimpleRequestProducer.create(toRequest(call)), SimpleResponseConsumer.create(),
                null, context(timeouts), new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        callback.completed(new HttpReply(response.getCode(), headers(response), response.getBodyBytes()));
                    }

                    @Override
                    public void failed(Exception ex) {
                        callback.failed(ex);
                    }

                    @Override
                    public void cancelled() {
                        callback.cancelled();
                    }
                });
    }

    /**
     * Sends the call and reads an event-stream answer event by event (see {@link EventStreamConsumer}). The callback
     * gets a non-stream answer whole, or the end of a stream the listener never finished. Cancelling the future closes
     * the stream.
     */
    public Future<HttpReply> stream(
            HttpCall call, Timeouts timeouts, EventStreamConsumer.Listener listener, FutureCallback<HttpReply> callback) {
        EventStreamConsumer consumer = new EventStreamConsumer(listener);
        Future<HttpReply> future = client.execute(SimpleRequestProducer.create(toRequest(call)), consumer, null,
                context(timeouts), callback);
        consumer.onceFinished(() -> future.cancel(true));
        return future;
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

    private static HttpClientContext context(Timeouts timeouts) {
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(timeouts.requestConfig());
        return context;
    }

    static Map<String, String> headers(HttpMessage message) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : message.getHeaders()) {
            headers.merge(header.getName().toLowerCase(Locale.ROOT), header.getValue(), (a, b) -> a + ", " + b);
        }
        return headers;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
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

    /** Connect and response timeouts of one endpoint, in milliseconds, made into the client's request settings once. */
    public record Timeouts(int connectMillis, int requestMillis, RequestConfig requestConfig) {

        public Timeouts(int connectMillis, int requestMillis) {
            this(connectMillis, requestMillis, requestConfig(connectMillis, requestMillis));
        }

        @SuppressWarnings("deprecation") // per-request connect timeout: endpoints share one pool but may differ in timeouts
        private static RequestConfig requestConfig(int connectMillis, int requestMillis) {
            return RequestConfig.custom()
                    .setConnectTimeout(Timeout.ofMilliseconds(connectMillis))
                    .setConnectionRequestTimeout(Timeout.ofMilliseconds(requestMillis))
                    .setResponseTimeout(Timeout.ofMilliseconds(requestMillis))
                    .build();
        }
    }
}
