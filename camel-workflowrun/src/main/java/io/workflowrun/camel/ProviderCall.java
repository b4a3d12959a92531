package io.workflowrun.camel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.ServerSentEvent;
import org.apache.camel.CamelException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.util.DeadlineTimeoutException;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * One HTTP call to a provider, read into a run: exactly one answer to the caller, whichever of reply, event, failure or
 * cancellation comes first.
 */
final class ProviderCall implements FutureCallback<HttpReply> {

    /** Told the run, or why there is none. Called once, on an I/O thread. */
    @FunctionalInterface
    interface Result {
        void done(WorkflowRun run, Exception failure);
    }

    private final String provider;
    private final ProviderClient client;
    private final RunRequest request;
    private final HttpCall call;
    private final Result result;
    private final AtomicBoolean done = new AtomicBoolean();

    private ProviderCall(String provider, ProviderClient client, RunRequest request, HttpCall call, Result result) {
        this.provider = provider;
        this.client = client;
        this.request = request;
        this.call = call;
        this.result = result;
    }

    static void send(
            HttpTransport transport, HttpTransport.Timeouts timeouts, String provider, ProviderClient client, RunRequest request,
            HttpCall call, Result result) {
        ProviderCall providerCall = new ProviderCall(provider, client, request, call, result);
        if (call.eventStream()) {
            transport.stream(call, timeouts, providerCall::onEvent, providerCall);
        } else {
            transport.send(call, timeouts, providerCall);
        }
    }

    private boolean onEvent(ServerSentEvent event) throws Exception {
        WorkflowRun run = client.readEvent(request, event);
        if (run == null) {
            return false;
        }
        finish(run, null);
        return true;
    }

    @Override
    public void completed(HttpReply reply) {
        if (done.get()) {
            return;
        }
        try {
            if (call.eventStream() && reply.isSuccess()) {
                throw new WorkflowRunException(provider, reply.status(), null,
                        "the event stream ended before the run was reported", null);
            }
            finish(client.read(request, reply), null);
        } catch (WorkflowRunException e) {
            // only the core sees the answer's headers: when to come back is the HTTP header's to say
            if (e.getRetryAfter() == null) {
                e.setRetryAfter(RetryAfter.of(reply));
            }
            finish(null, e);
        } catch (Exception e) {
            finish(null, e);
        }
    }

    @Override
    public void failed(Exception ex) {
        if (ex instanceof IOException && ex.getCause() instanceof WorkflowRunException fromStream) {
            finish(null, fromStream);
        } else if (!requestMayHaveLeft(ex)) {
            finish(null, new WorkflowRunTransportException(provider, call.uri().getHost(), false, ex));
        } else if (request.operation() == WorkflowRunOperation.trigger) {
            finish(null, new WorkflowRunMaybeStartedException(provider, request.workflowId(), request.now(), ex));
        } else {
            finish(null, new WorkflowRunTransportException(provider, call.uri().getHost(), true, ex));
        }
    }

    /** Only a failure to connect, to get a pooled connection, or to agree on TLS proves the request never left. */
    private static boolean requestMayHaveLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof ConnectTimeoutException || cause instanceof DeadlineTimeoutException
                || cause instanceof NoRouteToHostException || cause instanceof SSLHandshakeException) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void cancelled() {
        finish(null, new CamelException("The call to " + provider + " was cancelled"));
    }

    private void finish(WorkflowRun run, Exception failure) {
        if (done.compareAndSet(false, true)) {
            result.done(run, failure);
        }
    }
}
