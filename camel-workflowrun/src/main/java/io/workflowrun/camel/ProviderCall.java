package io.workflowrun.camel;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;
import java.util.concurrent.Future;
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
 * cancellation comes first. An event stream may report the run more than once (started, paused, finished): the caller
 * says whether to read on; when the stream then fails or ends early, the answer carries the run last reported with the
 * failure, since the run exists whatever became of the stream.
 */
final class ProviderCall implements FutureCallback<HttpReply> {

    /** Told the run, or why there is none. Called once, on an I/O thread. */
    @FunctionalInterface
    interface Result {

        /**
         * The answer: a run, or a failure; or both when an event stream had reported the run before it failed or ended
         * early (the run then exists: it must not be started again).
         */
        void done(WorkflowRun run, Exception failure);

        /** For an event stream: told each run it reports; true to read on. By default the first run reported is the answer. */
        default boolean readOn(WorkflowRun reported) {
            return false;
        }

        /** For an event stream: told, once the request is on its way, how to close the stream early. */
        default void opened(Runnable close) {
        }

        /** Asked just before each attempt goes out: true when the answer is no longer wanted, and then nothing is sent. */
        default boolean abandoned() {
            return false;
        }

        /** This result's stream hooks, with another way to take the answer (for a caller that handles it first). */
        default Result answeredBy(Result answer) {
            Result hooks = this;
            return new Result() {
                @Override
                public void done(WorkflowRun run, Exception failure) {
                    answer.done(run, failure);
                }

                @Override
                public boolean readOn(WorkflowRun reported) {
                    return hooks.readOn(reported);
                }

                @Override
                public void opened(Runnable close) {
                    hooks.opened(close);
                }

                @Override
                public boolean abandoned() {
                    return hooks.abandoned();
                }
            };
        }
    }

    private final String provider;
    private final ProviderClient client;
    private final RunRequest request;
    private final HttpCall call;
    private final Result result;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile WorkflowRun reported;

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
            Future<HttpReply> stream = transport.stream(call, timeouts, providerCall::onEvent, providerCall);
            result.opened(() -> stream.cancel(true));
        } else {
            transport.send(call, timeouts, providerCall);
        }
    }

    private boolean onEvent(ServerSentEvent event) throws Exception {
        WorkflowRun run = client.readEvent(request, event);
        if (run == null) {
            return false;
        }
        reported = run;
        if (result.readOn(run)) {
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
                throw new WorkflowRunException(provider, reply.status(), null, reported == null
                        ? "the event stream ended before the run was reported" : "the event stream ended before the run's outcome", null);
            }
            finish(client.read(request, reply), null);
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
            result.done(failure != null && run == null ? reported : run, failure);
        }
    }
}
