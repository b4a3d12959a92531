package io.workflowrun.camel;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.ServerSentEvent;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelExchangeException;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One flow for every provider and operation: map the message, let the provider build and sign the request, send it
 * without blocking, let the provider read the answer, put the run on the message.
 */
public class WorkflowRunProducer extends DefaultAsyncProducer {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowRunProducer.class);

    private final WorkflowRunConfiguration configuration;
    private final ProviderClient client;
    private final HttpTransport.Timeouts timeouts;

    public WorkflowRunProducer(WorkflowRunEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
        this.client = endpoint.getProviderClient();
        this.timeouts = endpoint.timeouts();
    }

    @Override
    public WorkflowRunEndpoint getEndpoint() {
        return (WorkflowRunEndpoint) super.getEndpoint();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        RunRequest request;
        HttpCall call;
        try {
            request = toRunRequest(exchange);
            call = client.call(request);
        } catch (Exception e) {
            // nothing was sent: the message fails whole and can be retried or dead-lettered as it is
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        LOG.debug("{} {}: {} {}", configuration.getProvider(), request.operation(), call.method(), call.uri());
        Completion completion = new Completion(exchange, callback, request, call);
        HttpTransport transport = getEndpoint().getComponent().transport();
        if (call.eventStream()) {
            transport.stream(call, timeouts, completion::onEvent, completion);
        } else {
            transport.send(call, timeouts, completion);
        }
        return false;
    }

    private RunRequest toRunRequest(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRunOperation operation = configuration.getOperation();
        Object operationHeader = message.getHeader(WorkflowRunConstants.OPERATION);
        if (operationHeader != null) {
            try {
                operation = exchange.getContext().getTypeConverter().mandatoryConvertTo(WorkflowRunOperation.class,
                        operationHeader);
            } catch (NoTypeConversionAvailableException | RuntimeException e) {
                throw new IllegalArgumentException("Header " + WorkflowRunConstants.OPERATION + " has the value '"
                                                   + operationHeader + "'; expected one of trigger, status, cancel");
            }
        }
        String workflowId = message.getHeader(WorkflowRunConstants.WORKFLOW_ID, configuration.getWorkflowId(), String.class);
        String runId = message.getHeader(WorkflowRunConstants.RUN_ID, String.class);
        return new RunRequest(operation, workflowId, runId, MessageParameters.from(message), message.getHeaders(),
                Instant.now());
    }

    /** Completes one exchange exactly once, whichever of answer, event, failure or cancellation comes first. */
    private final class Completion implements FutureCallback<HttpReply> {

        private final Exchange exchange;
        private final AsyncCallback callback;
        private final RunRequest request;
        private final HttpCall call;
        private final AtomicBoolean done = new AtomicBoolean();

        Completion(Exchange exchange, AsyncCallback callback, RunRequest request, HttpCall call) {
            this.exchange = exchange;
            this.callback = callback;
            this.request = request;
            this.call = call;
        }

        boolean onEvent(ServerSentEvent event) throws Exception {
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
                    throw new WorkflowRunException(configuration.getProvider(), reply.status(), null,
                            "the event stream ended before the run was reported", null);
                }
                finish(client.read(request, reply), null);
            } catch (Exception e) {
                finish(null, e);
            }
        }

        @Override
        public void failed(Exception ex) {
            Throwable cause = ex instanceof IOException && ex.getCause() instanceof WorkflowRunException ? ex.getCause() : ex;
            finish(null, cause instanceof WorkflowRunException wre ? wre
                    : new CamelExchangeException("Could not complete the call to " + configuration.getProvider() + " at "
                                                 + call.uri().getHost() + ": " + ex, exchange, ex));
        }

        @Override
        public void cancelled() {
            finish(null, new CamelExchangeException("The call to " + configuration.getProvider() + " was cancelled", exchange));
        }

        private void finish(WorkflowRun run, Exception failure) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            try {
                if (failure != null) {
                    exchange.setException(failure);
                } else {
                    apply(run, exchange.getMessage());
                }
            } finally {
                callback.done(false);
            }
        }
    }

    private static void apply(WorkflowRun run, Message message) {
        setOrRemove(message, WorkflowRunConstants.RUN_ID, run.runId());
        setOrRemove(message, WorkflowRunConstants.STATUS, run.status());
        setOrRemove(message, WorkflowRunConstants.PROVIDER_STATUS, run.providerStatus());
        setOrRemove(message, WorkflowRunConstants.REQUEST_ID, run.requestId());
        message.setBody(run);
    }

    private static void setOrRemove(Message message, String name, Object value) {
        if (value == null) {
            message.removeHeader(name);
        } else {
            message.setHeader(name, value);
        }
    }
}
