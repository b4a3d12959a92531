package io.workflowrun.camel.provider.alibaba;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.workflowrun.camel.WorkflowRun;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.WorkflowRunException;
import io.workflowrun.camel.WorkflowRunOperation;
import io.workflowrun.camel.http.Json;
import io.workflowrun.camel.signing.Acs3Signer;
import io.workflowrun.camel.signing.Credentials;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.Replies;
import io.workflowrun.camel.spi.RunRequest;

/**
 * Maps runs to SchedulerX's {@code ExecuteWorkflow} and reads its answer.
 * <p>
 * The request is the one the official SDK sends: {@code GET /} with every parameter in the query string and no body
 * (the generated client declares the call as GET with query parameters only), the action and version in
 * {@code x-acs-action} and {@code x-acs-version}.
 */
final class SchedulerxClient implements ProviderClient {

    static final String ACTION = "ExecuteWorkflow";
    static final String VERSION = "2019-04-30";
    /** SchedulerX's documented limit on {@code InstanceParameters}, in bytes. */
    static final int MAX_INSTANCE_PARAMETERS_BYTES = 1000;

    private final URI baseUrl;
    private final String region;
    private final String namespace;
    private final String namespaceSource;
    private final String groupId;
    private final Credentials credentials;
    private final Supplier<String> nonces;

    SchedulerxClient(URI baseUrl, String region, String namespace, String namespaceSource, String groupId,
            Credentials credentials, Supplier<String> nonces) {
        this.baseUrl = baseUrl;
        this.region = region;
        this.namespace = namespace;
        this.namespaceSource = namespaceSource;
        this.groupId = groupId;
        this.credentials = credentials;
        this.nonces = nonces;
    }

    @Override
    public HttpCall call(RunRequest request) {
        if (request.operation() != WorkflowRunOperation.trigger) {
            throw new UnsupportedOperationException(
                    "Operation " + request.operation() + " is not supported by provider " + SchedulerxProvider.ID + " yet");
        }
        if (request.workflowId() == null) {
            throw new IllegalArgumentException("Provider " + SchedulerxProvider.ID + " needs a workflowId: set it in the "
                                               + "endpoint URI or in the header " + WorkflowRunConstants.WORKFLOW_ID);
        }
        long workflowId = workflowId(request.workflowId(), "The workflowId (endpoint URI or header "
                                                           + WorkflowRunConstants.WORKFLOW_ID + ")");
        // sorted, so the query on the wire is already the canonical query that is signed
        Map<String, String> query = new TreeMap<>();
        query.put("RegionId", region);
        query.put("Namespace", namespace);
        if (namespaceSource != null) {
            query.put("NamespaceSource", namespaceSource);
        }
        query.put("GroupId", groupId);
        query.put("WorkflowId", Long.toString(workflowId));
        if (request.parameters() != null) {
            query.put("InstanceParameters", instanceParameters(request.parameters()));
        }
        URI uri = URI.create(baseUrl + "/?" + queryString(query));

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", ACTION);
        headers.put("x-acs-version", VERSION);
        headers.put("Accept", "application/json");
        byte[] body = new byte[0];
        headers.putAll(Acs3Signer.sign("GET", uri, headers, body, credentials, request.now(), nonces.get()));
        return HttpCall.of("GET", uri, headers, body);
    }

    @Override
    public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
        Map<String, Object> json = Replies.json(reply);
        if (json == null) {
            throw new WorkflowRunException(SchedulerxProvider.ID, reply.status(), null,
                    (reply.isSuccess() ? "expected Data.WfInstanceId but got " : "") + Replies.describeUnexpected(reply), null);
        }
        String requestId = Replies.text(json, "RequestId");
        // errors come as HTTP errors from the gateway, or as HTTP 200 with Success false / a Code other than 200
        if (!reply.isSuccess() || Boolean.FALSE.equals(json.get("Success")) || !isOkCode(json.get("Code"))) {
            throw new WorkflowRunException(SchedulerxProvider.ID, reply.status(), Replies.text(json, "Code"),
                    Replies.text(json, "Message"), requestId);
        }
        String runId = Replies.text(json, "Data", "WfInstanceId");
        if (runId == null) {
            throw new WorkflowRunException(SchedulerxProvider.ID, reply.status(), null,
                    "expected Data.WfInstanceId but got " + Replies.describeUnexpected(reply), requestId);
        }
        // ExecuteWorkflow only starts the instance: it reports no status, so none is claimed here
        return new WorkflowRun(SchedulerxProvider.ID, request.workflowId(), runId, null, null, null, null, requestId, json);
    }

    /** The workflow ID as SchedulerX takes it: an integer. */
    static long workflowId(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is '" + text + "', but SchedulerX's WorkflowId is an integer, e.g. 111");
        }
    }

    private static String instanceParameters(Map<String, Object> parameters) {
        String text = new String(Json.write(parameters), StandardCharsets.UTF_8);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_INSTANCE_PARAMETERS_BYTES) {
            throw new IllegalArgumentException("InstanceParameters (the message body as JSON) is " + bytes
                                               + " bytes of UTF-8, but SchedulerX accepts at most "
                                               + MAX_INSTANCE_PARAMETERS_BYTES);
        }
        return text;
    }

    private static boolean isOkCode(Object code) {
        return code == null || "200".equals(code.toString());
    }

    private static String queryString(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(Acs3Signer.encode(name)).append('=').append(Acs3Signer.encode(value));
        });
        return text.toString();
    }
}
