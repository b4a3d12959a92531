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
package io.workflowrun.camel.provider.aws;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.SimulatorTestSupport;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.SimulatorResponse;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.aws.StepFunctionsHandler;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is Step Functions' own: the JSON 1.0 calls, the execution name as the key, session tokens, regions, stop's reasons. */
class StepFunctionsProviderTest extends SimulatorTestSupport {

    private static final String ID = StepFunctionsProvider.ID;
    private static final ProviderSample SAMPLE = WorkflowRunSimulator.sample(ID);
    private static final String ARN = SAMPLE.workflowId();

    private String uri(String more) {
        return SAMPLE.uri(simulator.baseUrl(ID)) + more;
    }

    private Exchange trigger(Object body, String key) {
        return template.request(uri(""), e -> {
            e.getMessage().setBody(body);
            if (key != null) {
                e.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
            }
        });
    }

    private Exchange carryOn(Exchange previous, String operation, Map<String, Object> more) {
        return template.request(uri(""), e -> {
            e.getMessage().setHeaders(previous.getMessage().getHeaders());
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, operation);
            more.forEach(e.getMessage()::setHeader);
        });
    }

    private static String runId(Exchange exchange) {
        return exchange.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
    }

    private static Map<String, Object> sentBody(SimulatorRequest request) {
        return io.workflowrun.camel.spi.Json.readObjectOrNull(request.body());
    }

    // ---- the calls as the AWS SDKs send them

    @Test
    void triggerPostsStartExecutionWithTheBodyAsItsJsonInput() {
        Exchange out = trigger(Map.of("order", "A-1", "城市", "深圳"), null);

        assertThat(out.getException()).isNull();
        SimulatorRequest sent = simulator.requests(ID).get(0).request();
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.rawPath()).isEqualTo("/");
        assertThat(sent.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(sent.header("X-Amz-Target")).isEqualTo("AWSStepFunctions.StartExecution");
        assertThat(sent.header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=sim-access-key/")
                .contains("/us-east-1/states/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target, ");
        Map<String, Object> body = sentBody(sent);
        assertThat(body).containsEntry("stateMachineArn", ARN).doesNotContainKey("name");
        assertThat(io.workflowrun.camel.spi.Json.readObjectOrNull((String) body.get("input")))
                .isEqualTo(Map.of("order", "A-1", "城市", "深圳"));
        assertThat(runId(out)).startsWith("arn:aws:states:us-east-1:123456789012:execution:OrderStateMachine:");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.REQUEST_ID, String.class)).matches("[0-9a-f-]{36}");
    }

    @Test
    void noBodySendsAnEmptyObjectAsInput() {
        assertThat(trigger(null, null).getException()).isNull();

        assertThat(sentBody(simulator.requests(ID).get(0).request())).containsEntry("input", "{}");
    }

    @Test
    void statusAndCancelNameTheExecutionArn() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(Map.of("order", "A-1"), null);

        Exchange status = carryOn(started, "status", Map.of());
        assertThat(status.getMessage().getHeader(WorkflowRunConstants.STATUS)).isEqualTo(RunStatus.RUNNING);
        Exchange cancelled = carryOn(status, "cancel", Map.of());

        List<WorkflowRunSimulator.Recorded> sent = simulator.requests(ID);
        assertThat(sent.get(1).request().header("X-Amz-Target")).isEqualTo("AWSStepFunctions.DescribeExecution");
        assertThat(sentBody(sent.get(1).request())).isEqualTo(Map.of("executionArn", runId(started)));
        assertThat(sent.get(2).request().header("X-Amz-Target")).isEqualTo("AWSStepFunctions.StopExecution");
        assertThat(sentBody(sent.get(2).request())).isEqualTo(Map.of("executionArn", runId(started)));
        assertThat(cancelled.getException()).isNull();
        assertThat(cancelled.getMessage().getHeaders()).as("StopExecution says only when").doesNotContainKey(WorkflowRunConstants.STATUS);
        assertThat(simulator.stateOf(ID, runId(started))).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void aSucceededExecutionsOutputIsTheRunsOutputs() {
        Exchange started = trigger(Map.of("order", "A-1", "amount", 42), null);

        Exchange status = carryOn(started, "status", Map.of());

        WorkflowRun run = status.getMessage().getBody(WorkflowRun.class);
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.outputs()).isEqualTo(Map.of("order", "A-1", "amount", 42));
        assertThat(run.workflowId()).isEqualTo(ARN);
        assertThat(run.error()).isNull();
    }

    @Test
    void aFailedExecutionsErrorAndCauseAreTheRunsError() {
        simulator.setOutcome(ARN, RunState.FAILED);
        Exchange started = trigger(Map.of("order", "A-1"), null);

        WorkflowRun run = carryOn(started, "status", Map.of()).getMessage().getBody(WorkflowRun.class);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.providerStatus()).isEqualTo("FAILED");
        assertThat(run.error()).isEqualTo("States.TaskFailed: simulated task failure");
        assertThat(run.outputs()).isNull();
    }

    @Test
    void cancelSendsTheStopErrorAndCauseTheHeadersGive() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange started = trigger(Map.of("order", "A-1"), null);

        Exchange cancelled = carryOn(started, "cancel",
                Map.of(StepFunctionsConstants.STOP_ERROR, "Order.Withdrawn", StepFunctionsConstants.STOP_CAUSE, "the customer withdrew it"));
        WorkflowRun after = carryOn(cancelled, "status", Map.of()).getMessage().getBody(WorkflowRun.class);

        assertThat(sentBody(simulator.requests(ID).get(1).request())).containsEntry("error", "Order.Withdrawn")
                .containsEntry("cause", "the customer withdrew it");
        assertThat(after.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(after.providerStatus()).isEqualTo("ABORTED");
        assertThat(after.error()).isEqualTo("Order.Withdrawn: the customer withdrew it");
    }

    @Test
    void aStopErrorLongerThanStepFunctionsTakesIsRefusedBeforeSending() {
        Exchange out = template.request(uri(""), e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "cancel");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, ARN.replace("stateMachine", "execution") + ":x");
            e.getMessage().setHeader(StepFunctionsConstants.STOP_ERROR, "E".repeat(257));
        });

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StepFunctionsConstants.STOP_ERROR).hasMessageContaining("257").hasMessageContaining("256");
        assertThat(simulator.requests()).isEmpty();
    }

    // ---- the execution name as the idempotency key

    @Test
    void theKeyIsTheExecutionsName() {
        Exchange out = trigger(Map.of("order", "A-1"), "order-A-1");

        assertThat(out.getException()).isNull();
        assertThat(sentBody(simulator.requests(ID).get(0).request())).containsEntry("name", "order-A-1");
        assertThat(runId(out)).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:OrderStateMachine:order-A-1");
    }

    @Test
    void aRepeatWithTheSameInputWhileTheExecutionRunsGetsItBackAsStepFunctionsAnswersIt() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange first = trigger(Map.of("order", "A-1"), "order-A-1");

        Exchange second = trigger(Map.of("order", "A-1"), "order-A-1");

        assertThat(second.getException()).isNull();
        assertThat(runId(second)).isEqualTo(runId(first));
        // Step Functions answers exactly as it did the first time: nothing tells that this trigger started nothing
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(WorkflowRunConstants.ALREADY_STARTED);
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void aRepeatWithAnotherInputWhileTheExecutionRunsIsAlreadyStarted() {
        simulator.setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        Exchange first = trigger(Map.of("order", "A-1"), "order-A-1");

        Exchange second = trigger(Map.of("order", "A-1", "note", "resent"), "order-A-1");

        assertThat(second.getException()).isNull();
        assertThat(runId(second)).isEqualTo(runId(first));
        assertThat(second.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED, Boolean.class)).isTrue();
        assertThat(second.getMessage().getBody(WorkflowRun.class).alreadyStarted()).isTrue();
        assertThat(simulator.requests(ID).get(1).status()).isEqualTo(400);
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void anExecutionAlreadyExistsThatNamesNoArnIsTheExecutionOfThatName() {
        simulator.injectNext(ID, new SimulatorResponse(400, Map.of("Content-Type", "application/x-amz-json-1.0", "x-amzn-RequestId", "r-1"),
                "{\"__type\":\"ExecutionAlreadyExists\",\"message\":\"Execution Already Exists\"}".getBytes(StandardCharsets.UTF_8), null));

        Exchange out = trigger(Map.of("order", "A-1"), "order-A-1");

        assertThat(out.getException()).isNull();
        assertThat(runId(out)).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:OrderStateMachine:order-A-1");
        assertThat(out.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED, Boolean.class)).isTrue();
    }

    @Test
    void withoutAKeyEachTriggerStartsAnExecutionOfItsOwn() {
        Exchange first = trigger(Map.of("order", "A-1"), null);
        Exchange second = trigger(Map.of("order", "A-1"), null);

        assertThat(runId(second)).isNotEqualTo(runId(first));
        assertThat(simulator.runs(ID)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"order A-1", "order:A-1", "order/A-1", "a*b", "{x}"})
    void aKeyThatIsNoExecutionNameIsRefusedBeforeSending(String key) {
        Exchange out = trigger(Map.of("order", "A-1"), key);

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.IDEMPOTENCY_KEY).hasMessageContaining("name");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aKeyLongerThanEightyCharactersIsRefusedBeforeSending() {
        Exchange out = trigger(Map.of("order", "A-1"), "k".repeat(81));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.IDEMPOTENCY_KEY).hasMessageContaining("81").hasMessageContaining("80");
        assertThat(simulator.requests()).isEmpty();
    }

    // ---- bad input, refused before sending

    @Test
    void anInputOverStepFunctionsLimitIsRefusedBeforeSending() {
        Exchange out = trigger(Map.of("blob", "x".repeat(262_144)), null);

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("input").hasMessageContaining("262144");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aWorkflowIdThatIsNoStateMachineArnFailsTheEndpoint() {
        String bad = SAMPLE.uri(simulator.baseUrl(ID)).replace(ARN, "OrderStateMachine");

        assertThatThrownBy(() -> context.getEndpoint(bad)).isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                .hasMessageContaining("workflowId").hasMessageContaining("OrderStateMachine").hasMessageContaining("arn:aws:states:");
    }

    @Test
    void aStateMachineOfAnotherRegionFailsTheEndpointNamingTheRegion() {
        String other = SAMPLE.uri(simulator.baseUrl(ID)).replace("region=RAW(us-east-1)", "region=RAW(eu-west-1)");

        assertThatThrownBy(() -> context.getEndpoint(other)).isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                .hasMessageContaining("region").hasMessageContaining("us-east-1").hasMessageContaining("eu-west-1");
    }

    @Test
    void aStateMachineOfAnotherRegionInTheHeaderIsRefusedBeforeSending() {
        Exchange out = template.request(uri(""), e -> e.getMessage().setHeader(WorkflowRunConstants.WORKFLOW_ID,
                ARN.replace("us-east-1", "eu-west-1")));

        assertThat(out.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(WorkflowRunConstants.WORKFLOW_ID).hasMessageContaining("eu-west-1");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aBadRegionFailsTheEndpoint() {
        String bad = SAMPLE.uri(simulator.baseUrl(ID)).replace("region=RAW(us-east-1)", "region=RAW(US East)");

        assertThatThrownBy(() -> context.getEndpoint(bad)).rootCause().hasMessageContaining("Option region").hasMessageContaining("us-east-1");
    }

    // ---- temporary credentials

    @Test
    void temporaryCredentialsSendTheirSessionToken() {
        String temporary = SAMPLE.withKey(StepFunctionsHandler.TEMPORARY_ACCESS_KEY, StepFunctionsHandler.TEMPORARY_SECRET_KEY)
                .uri(simulator.baseUrl(ID)) + "&securityToken=RAW(" + StepFunctionsHandler.SESSION_TOKEN + ")";

        Exchange out = send(temporary, Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        SimulatorRequest sent = simulator.requests(ID).get(0).request();
        assertThat(sent.header("X-Amz-Security-Token")).isEqualTo(StepFunctionsHandler.SESSION_TOKEN);
        assertThat(sent.header("Authorization")).contains("x-amz-security-token");
    }

    @Test
    void theSessionTokenIsMaskedInTheCanonicalRequestARefusalQuotes() {
        String wrongSecret = SAMPLE.withKey(StepFunctionsHandler.TEMPORARY_ACCESS_KEY, "not-the-secret")
                .uri(simulator.baseUrl(ID)) + "&securityToken=RAW(" + StepFunctionsHandler.SESSION_TOKEN + ")";

        WorkflowRunException e = providerError(wrongSecret, Map.of("order", "A-1"));

        assertThat(e.getErrorCode()).isEqualTo("InvalidSignatureException");
        assertThat(e.getErrorMessage()).contains("x-amz-security-token:***").doesNotContain(StepFunctionsHandler.SESSION_TOKEN);
        assertThat(e.getMessage()).doesNotContain(StepFunctionsHandler.SESSION_TOKEN);
    }

    @Test
    void anExpiredSessionTokenIsStepFunctionsRefusal() {
        String expired = SAMPLE.withKey(StepFunctionsHandler.EXPIRED_ACCESS_KEY, StepFunctionsHandler.TEMPORARY_SECRET_KEY)
                .uri(simulator.baseUrl(ID)) + "&securityToken=RAW(" + StepFunctionsHandler.EXPIRED_SESSION_TOKEN + ")";

        WorkflowRunException e = providerError(expired, Map.of("order", "A-1"));

        assertThat(e.getHttpStatus()).isEqualTo(400);
        assertThat(e.getErrorCode()).isEqualTo("ExpiredTokenException");
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(e.getMessage()).doesNotContain(StepFunctionsHandler.EXPIRED_SESSION_TOKEN);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aTokenWithLongTermKeysIsRefused() {
        WorkflowRunException e = providerError(uri("&securityToken=RAW(not-a-token)"), Map.of("order", "A-1"));

        assertThat(e.getErrorCode()).isEqualTo("UnrecognizedClientException");
        assertThat(e.getErrorMessage()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void aClockMoreThanFiveMinutesOffIsRefusedAsAnExpiredSignature() {
        simulator.setClock(java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(6)));

        WorkflowRunException e = providerError(uri(""), Map.of("order", "A-1"));

        assertThat(e.getErrorCode()).isEqualTo("InvalidSignatureException");
        assertThat(e.getErrorMessage()).startsWith("Signature expired: ").endsWith(" - 5 min.)");
    }

    // ---- throttling

    @Test
    void throttlingIsSentAgainAndStartsOneExecution() {
        simulator.injectNext(ID, Fault.providerThrottling());

        Exchange out = send(uri("&maxAttempts=3"), Map.of("order", "A-1"));

        assertThat(out.getException()).isNull();
        assertThat(simulator.requests(ID)).hasSize(2);
        assertThat(simulator.requests(ID).get(0).status()).isEqualTo(400);
        assertThat(simulator.runs(ID)).hasSize(1);
    }

    @Test
    void throttlingAndKmsThrottlingAreRefusalsUnprocessed() {
        StepFunctionsClient client = (StepFunctionsClient) new StepFunctionsProvider().bind(settings());

        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(ID, 400, "ThrottlingException", "Rate exceeded", null))).isTrue();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(ID, 400, "KmsThrottlingException", "", null))).isTrue();
        assertThat(client.isRefusedUnprocessed(new WorkflowRunException(ID, 400, "ExecutionLimitExceeded", "", null))).isFalse();
    }

    // ---- reading the JSON 1.0 protocol

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "com.amazonaws.swf.service.v2.model#ExecutionDoesNotExist|ExecutionDoesNotExist",
        "ExecutionDoesNotExist|ExecutionDoesNotExist",
        "aws.protocoltests#ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/|ThrottlingException"})
    void theErrorsNameIsReadWithoutItsNamespace(String type, String code) {
        HttpReply reply = new HttpReply(400, Map.of(), ("{\"__type\":\"" + type + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(StepFunctionsClient.errorCode(reply, io.workflowrun.camel.spi.Json.readObjectOrNull(reply.body()))).isEqualTo(code);
    }

    @Test
    void theErrorTypeHeaderComesBeforeTheBody() {
        HttpReply reply = new HttpReply(400, Map.of("x-amzn-errortype", "ThrottlingException:http://internal.amazon.com/"),
                "{\"__type\":\"Other\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(StepFunctionsClient.errorCode(reply, io.workflowrun.camel.spi.Json.readObjectOrNull(reply.body())))
                .isEqualTo("ThrottlingException");
    }

    @Test
    void anOutputThatIsNoObjectIsKeptAsOutput() {
        assertThat(StepFunctionsClient.outputs("[1,2]")).isEqualTo(Map.of("output", List.of(1, 2)));
        assertThat(StepFunctionsClient.outputs("\"done\"")).isEqualTo(Map.of("output", "done"));
        assertThat(StepFunctionsClient.outputs("{\"a\":1}")).isEqualTo(Map.of("a", 1));
        assertThat(StepFunctionsClient.outputs(null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"RUNNING,RUNNING", "SUCCEEDED,SUCCEEDED", "FAILED,FAILED", "TIMED_OUT,FAILED", "ABORTED,CANCELLED", "PENDING_REDRIVE,PENDING"})
    void eachDocumentedStatusIsUnified(String status, RunStatus unified) {
        assertThat(StepFunctionsStatus.of(status)).isEqualTo(unified);
    }

    @Test
    void anUndocumentedStatusIsNone() {
        assertThat(StepFunctionsStatus.of("PAUSED")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"us-east-1,https://states.us-east-1.amazonaws.com", "eu-central-2,https://states.eu-central-2.amazonaws.com",
        "cn-north-1,https://states.cn-north-1.amazonaws.com.cn", "us-gov-west-1,https://states.us-gov-west-1.amazonaws.com",
        "us-iso-east-1,https://states.us-iso-east-1.c2s.ic.gov", "eusc-de-east-1,https://states.eusc-de-east-1.amazonaws.eu"})
    void theDefaultEndpointIsTheRegionsInItsPartition(String region, String endpoint) {
        assertThat(StepFunctionsProvider.defaultBaseUrl(region)).isEqualTo(endpoint);
    }

    @Test
    void theDocumentedStartExecutionRateIsTheDefaultLimit() {
        assertThat(new StepFunctionsProvider().defaultRateLimit()).isEqualTo(150);
    }

    private static io.workflowrun.camel.spi.EndpointSettings settings() {
        return new io.workflowrun.camel.spi.EndpointSettings() {
            @Override
            public String getProvider() {
                return ID;
            }

            @Override
            public String getWorkflowId() {
                return ARN;
            }

            @Override
            public String getBaseUrl() {
                return null;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T options(Class<T> declared) {
                return (T) new StepFunctionsOptions() {
                    @Override
                    public String getAccessKey() {
                        return "AKIAIOSFODNN7EXAMPLE";
                    }

                    @Override
                    public String getSecretKey() {
                        return "secret";
                    }

                    @Override
                    public String getSecurityToken() {
                        return null;
                    }

                    @Override
                    public String getRegion() {
                        return "us-east-1";
                    }
                };
            }
        };
    }
}
