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
package io.workflowrun.simulator.aws;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.SimulatorRequest;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The AWS SDK for Java v2's Step Functions client against the simulator: its SigV4-signed requests verify there (and
 * copies of them with one byte or one signed header changed do not), and it reads the simulator's answers and errors
 * as it reads the service's. The SDK retries nothing here, so each refusal is seen as the service sent it.
 */
class StepFunctionsSdkOracleTest {

    private static final String STATE_MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:OrderStateMachine";
    private static final String INPUT = "{\"城市\":\"深圳 🚀\",\"a&b=c+d/e%f~g* h\":1}";
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");

    @RegisterExtension
    static final WorkflowRunSimulatorExtension simulator = new WorkflowRunSimulatorExtension();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static SfnClient sdk(AwsCredentials credentials) {
        return SfnClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(simulator.get().baseUrl(StepFunctionsHandler.ID)))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1)))
                .build();
    }

    private static SfnClient sdk() {
        return sdk(AwsBasicCredentials.create(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY));
    }

    private static StartExecutionResponse start(SfnClient sdk, String name, String input) {
        return sdk.startExecution(r -> r.stateMachineArn(STATE_MACHINE).name(name).input(input));
    }

    @Test
    void acceptsStartExecutionAsTheSdkSignsIt() {
        StartExecutionResponse response = start(sdk(), "order-A-1", INPUT);

        SimulatedRun run = simulator.get().runs(StepFunctionsHandler.ID).get(0);
        assertThat(response.executionArn()).isEqualTo(run.runId())
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:OrderStateMachine:order-A-1");
        assertThat(response.startDate()).isEqualTo(run.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(run.workflowId()).isEqualTo(STATE_MACHINE);
        assertThat(run.parameters()).containsEntry("城市", "深圳 🚀").containsEntry("a&b=c+d/e%f~g* h", 1);
        assertThat(onlyRequest().header("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=" + WorkflowRunSimulator.ACCESS_KEY + "/")
                .contains("/us-east-1/states/aws4_request");
    }

    @Test
    void theSdkReadsRunningSucceededFailedAndAbortedExecutions() {
        SfnClient sdk = sdk();
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        String running = start(sdk, "running", INPUT).executionArn();
        DescribeExecutionResponse before = sdk.describeExecution(r -> r.executionArn(running));
        sdk.stopExecution(r -> r.executionArn(running).error("Order.Withdrawn").cause("the customer withdrew it"));
        DescribeExecutionResponse aborted = sdk.describeExecution(r -> r.executionArn(running));
        simulator.get().setTimeline(Duration.ZERO, Duration.ZERO);
        DescribeExecutionResponse succeeded = sdk.describeExecution(r -> r.executionArn(start(sdk, "succeeded", INPUT).executionArn()));
        simulator.get().setOutcome(STATE_MACHINE, RunState.FAILED);
        DescribeExecutionResponse failed = sdk.describeExecution(r -> r.executionArn(start(sdk, "failed", INPUT).executionArn()));

        assertThat(before.status()).isEqualTo(ExecutionStatus.RUNNING);
        assertThat(before.stopDate()).isNull();
        assertThat(before.stateMachineArn()).isEqualTo(STATE_MACHINE);
        assertThat(before.name()).isEqualTo("running");
        assertThat(before.input()).isEqualTo(INPUT);
        assertThat(aborted.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(aborted.error()).isEqualTo("Order.Withdrawn");
        assertThat(aborted.cause()).isEqualTo("the customer withdrew it");
        assertThat(aborted.stopDate()).isNotNull();
        assertThat(simulator.get().stateOf(StepFunctionsHandler.ID, running)).isEqualTo(RunState.CANCELLED);
        assertThat(succeeded.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(succeeded.output()).isEqualTo(INPUT);
        assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(failed.error()).isEqualTo("States.TaskFailed");
    }

    @Test
    void theSameNameAndInputWhileRunningIsTheSameExecutionAndAnotherInputIsRefused() {
        SfnClient sdk = sdk();
        simulator.get().setTimeline(Duration.ZERO, Duration.ofMinutes(5));
        StartExecutionResponse first = start(sdk, "order-A-1", INPUT);

        StartExecutionResponse again = start(sdk, "order-A-1", INPUT);
        ExecutionAlreadyExistsException other = catchThrowableOfType(ExecutionAlreadyExistsException.class,
                () -> start(sdk, "order-A-1", "{\"other\":true}"));

        assertThat(again.executionArn()).isEqualTo(first.executionArn());
        assertThat(again.startDate()).isEqualTo(first.startDate());
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.awsErrorDetails().errorMessage()).isEqualTo("Execution Already Exists: '" + first.executionArn() + "'");
        assertThat(other.requestId()).isNotBlank();
        assertThat(simulator.get().runs(StepFunctionsHandler.ID)).hasSize(1);
    }

    @Test
    void theSameNameAfterTheExecutionEndedIsRefusedWhateverTheInput() {
        SfnClient sdk = sdk();
        start(sdk, "order-A-1", INPUT);

        ExecutionAlreadyExistsException refused = catchThrowableOfType(ExecutionAlreadyExistsException.class,
                () -> start(sdk, "order-A-1", INPUT));

        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("ExecutionAlreadyExists");
        assertThat(simulator.get().runs(StepFunctionsHandler.ID)).hasSize(1);
    }

    @Test
    void theSdkReadsTheServicesErrors() {
        SfnClient sdk = sdk();

        ExecutionDoesNotExistException unknown = catchThrowableOfType(ExecutionDoesNotExistException.class,
                () -> sdk.describeExecution(r -> r.executionArn(STATE_MACHINE.replace("stateMachine", "execution") + ":nope")));
        InvalidArnException notAnArn = catchThrowableOfType(InvalidArnException.class, () -> sdk.describeExecution(r -> r.executionArn(STATE_MACHINE)));
        InvalidNameException badName = catchThrowableOfType(InvalidNameException.class, () -> start(sdk, "order A-1", INPUT));

        assertThat(unknown.awsErrorDetails().errorMessage()).startsWith("Execution Does Not Exist: 'arn:aws:states:");
        assertThat(notAnArn.statusCode()).isEqualTo(400);
        assertThat(badName.awsErrorDetails().errorMessage()).isEqualTo("Invalid Name: 'order A-1'");
        assertThat(simulator.get().runs()).isEmpty();
    }

    @Test
    void theSdkTakesTheSimulatorsThrottlingForThrottling() {
        simulator.get().injectNext(StepFunctionsHandler.ID, Fault.providerThrottling());

        AwsServiceException throttled = catchThrowableOfType(AwsServiceException.class, () -> start(sdk(), "order-A-1", INPUT));

        assertThat(throttled.isThrottlingException()).isTrue();
        assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        assertThat(throttled.statusCode()).isEqualTo(400);
    }

    // ---- credentials

    @Test
    void acceptsTemporaryCredentialsWithTheirSessionToken() {
        StartExecutionResponse response = start(sdk(AwsSessionCredentials.create(StepFunctionsHandler.TEMPORARY_ACCESS_KEY,
                StepFunctionsHandler.TEMPORARY_SECRET_KEY, StepFunctionsHandler.SESSION_TOKEN)), "order-A-1", INPUT);

        assertThat(response.executionArn()).isNotBlank();
        assertThat(onlyRequest().header("X-Amz-Security-Token")).isEqualTo(StepFunctionsHandler.SESSION_TOKEN);
    }

    @Test
    void refusesATemporaryKeyWithAnotherToken() {
        assertRefused(() -> start(sdk(AwsSessionCredentials.create(StepFunctionsHandler.TEMPORARY_ACCESS_KEY,
                StepFunctionsHandler.TEMPORARY_SECRET_KEY, "another-token")), "order-A-1", INPUT),
                "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    @Test
    void refusesAnExpiredSessionToken() {
        assertRefused(() -> start(sdk(AwsSessionCredentials.create(StepFunctionsHandler.EXPIRED_ACCESS_KEY,
                StepFunctionsHandler.TEMPORARY_SECRET_KEY, StepFunctionsHandler.EXPIRED_SESSION_TOKEN)), "order-A-1", INPUT),
                "ExpiredTokenException", "The security token included in the request is expired");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        assertRefused(() -> start(sdk(AwsBasicCredentials.create("AKIAUNKNOWN000000000", WorkflowRunSimulator.SECRET_KEY)), "a", INPUT),
                "UnrecognizedClientException", "The security token included in the request is invalid.");
    }

    @Test
    void refusesAChangedSecret() {
        AwsServiceException refused = assertRefused(
                () -> start(sdk(AwsBasicCredentials.create(WorkflowRunSimulator.ACCESS_KEY, "not-the-secret")), "a", INPUT),
                "InvalidSignatureException", null);

        assertThat(refused.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated does not match");
    }

    @Test
    void refusesADateMoreThanFiveMinutesOff() {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6)));

        AwsServiceException refused = assertRefused(() -> start(sdk(), "a", INPUT), "InvalidSignatureException", null);

        assertThat(refused.awsErrorDetails().errorMessage()).startsWith("Signature expired: ").endsWith(" - 5 min.)");
    }

    @Test
    void acceptsADateWithinFiveMinutes() {
        simulator.get().setClock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4)));

        assertThat(start(sdk(), "a", INPUT).executionArn()).isNotBlank();
    }

    @Test
    void refusesACredentialScopedToAnotherRegionThanTheStateMachines() {
        SfnClient eu = SfnClient.builder().region(Region.EU_WEST_1)
                .endpointOverride(URI.create(simulator.get().baseUrl(StepFunctionsHandler.ID)))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY)))
                .overrideConfiguration(o -> o.retryStrategy(b -> b.maxAttempts(1))).build();

        assertRefused(() -> start(eu, "a", INPUT), "InvalidSignatureException", "Credential should be scoped to a valid region. ");
    }

    // ---- the SDK's exact bytes, sent again as they are and changed

    @Test
    void theSameBytesSentAgainAreAccepted() throws Exception {
        SimulatorRequest signed = signedDescribe();

        assertThat(replay(signed, signed.headers(), signed.body()).statusCode()).isEqualTo(200);
    }

    @Test
    void oneBodyByteChangedIsRefused() throws Exception {
        SimulatorRequest signed = signedDescribe();
        byte[] body = signed.body().clone();
        body[body.length - 3] = (byte) (body[body.length - 3] == 'x' ? 'y' : 'x');

        HttpResponse<String> replayed = replay(signed, signed.headers(), body);

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("InvalidSignatureException");
    }

    @Test
    void oneSignedHeaderChangedIsRefused() throws Exception {
        SimulatorRequest signed = signedDescribe();
        Map<String, List<String>> headers = new LinkedHashMap<>(signed.headers());
        headers.put("x-amz-target", List.of("AWSStepFunctions.StopExecution"));

        HttpResponse<String> replayed = replay(signed, headers, signed.body());

        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("com.amazon.coral.service#InvalidSignatureException")
                .contains("The Canonical String for this request should have been");
        assertThat(replayed.headers().firstValue("x-amzn-RequestId")).isPresent();
    }

    /** A DescribeExecution the SDK signed, of an execution that exists. */
    private static SimulatorRequest signedDescribe() {
        SfnClient sdk = sdk();
        String arn = start(sdk, "order-A-1", INPUT).executionArn();
        sdk.describeExecution(r -> r.executionArn(arn));
        List<WorkflowRunSimulator.Recorded> requests = simulator.get().requests(StepFunctionsHandler.ID);
        return requests.get(requests.size() - 1).request();
    }

    private static AwsServiceException assertRefused(Runnable call, String code, String message) {
        AwsServiceException refused = catchThrowableOfType(AwsServiceException.class, call::run);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.awsErrorDetails().errorCode()).isEqualTo(code);
        if (message != null) {
            assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo(message);
        }
        assertThat(refused.requestId()).isNotBlank();
        assertThat(simulator.get().runs()).isEmpty();
        return refused;
    }

    private static SimulatorRequest onlyRequest() {
        List<WorkflowRunSimulator.Recorded> requests = simulator.get().requests(StepFunctionsHandler.ID);
        assertThat(requests).hasSize(1);
        return requests.get(0).request();
    }

    private static HttpResponse<String> replay(SimulatorRequest signed, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.get().baseUrl(StepFunctionsHandler.ID) + signed.rawPath()))
                .method(signed.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(10));
        headers.forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
