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

import io.workflowrun.camel.model.WorkflowRunComponentException;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunFailedException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunThrottledException;
import io.workflowrun.camel.model.WorkflowRunTimeoutException;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.workflowrun.camel.http.ResponseDeadlineException;
import io.workflowrun.camel.http.ResponseTooLargeException;
import io.workflowrun.camel.model.RunStatus;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.RunState;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exception the component raises, raised for real: each is a {@link WorkflowRunComponentException} that names
 * the provider, and the workflow and the run where they are known, in its getters and in its message, and none holds a
 * secret. The last test checks that this catalogue lists every exception type the component has.
 */
class ExceptionCatalogueTest extends SimulatorTestSupport {

    private static final String WORKFLOW = "5eb7cf5a86d9755df3a6c593";
    private static final String UNKNOWN_RUN = "5eb7cf5a86d9755df3a6c5ff";
    private static final String WRONG_KEY = "CatalogueWrongKey-NotToLeak-7";
    private static final String FAST_POLL = "&pollInterval=20&maxPollInterval=40";

    /** The concrete types below, each raised by at least one test of this class. */
    private static final Set<Class<?>> CATALOGUE = Set.of(WorkflowRunException.class, WorkflowRunThrottledException.class,
            WorkflowRunTransportException.class, WorkflowRunMaybeStartedException.class, WorkflowRunFailedException.class,
            WorkflowRunTimeoutException.class, WorkflowRunNotSentException.class);

    /** Exceptions of the transport that only ever travel as the cause of one of the above. */
    // a journal's failure reaches the exchange only as the cause of WorkflowRunNotSentException or ...MaybeStartedException
    private static final Set<Class<?>> CAUSES_ONLY = Set.of(ResponseTooLargeException.class, ResponseDeadlineException.class,
            io.workflowrun.camel.journal.RunJournalException.class);

    static {
        SecretGuard.watch(WRONG_KEY);
    }

    private String interactly(String more) {
        return interactly(simulator.baseUrl("interactly"), WorkflowRunSimulator.API_KEY, more);
    }

    private static String interactly(String baseUrl, String apiKey, String more) {
        return "workflowrun:interactly:" + WORKFLOW + "?teamId=team-1&apiKey=" + apiKey + "&baseUrl=" + baseUrl + more;
    }

    private Exchange status(String uri, String runId) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(WorkflowRunConstants.OPERATION, "status");
            e.getMessage().setHeader(WorkflowRunConstants.RUN_ID, runId);
        });
    }

    /** The family's promise: the type, the provider, and the workflow and run where known, in getters and message. */
    private static <T extends WorkflowRunComponentException> T inFamily(
            Exchange out, Class<T> type, String provider, String workflowId, String runId) {
        assertThat(out.getException()).isInstanceOf(WorkflowRunComponentException.class).isExactlyInstanceOf(type);
        T e = type.cast(out.getException());
        assertThat(e.getProvider()).isEqualTo(provider);
        assertThat(e.getWorkflowId()).isEqualTo(workflowId);
        assertThat(e.getRunId()).isEqualTo(runId);
        assertThat(e.getMessage()).contains(provider);
        if (workflowId != null) {
            assertThat(e.getMessage()).contains(workflowId);
        }
        if (runId != null) {
            assertThat(e.getMessage()).contains(runId);
        }
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        assertThat(text.toString()).doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WorkflowRunSimulator.SECRET_KEY)
                .doesNotContain(WRONG_KEY);
        return e;
    }

    @Test
    void aProviderErrorAnswerToATrigger() {
        Exchange out = send(interactly(simulator.baseUrl("interactly"), WRONG_KEY, ""), Map.of("a", 1));

        WorkflowRunException e = inFamily(out, WorkflowRunException.class, "interactly", WORKFLOW, null);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    @Test
    void aProviderErrorAnswerToAStatusCallNamesTheRun() {
        Exchange out = status(interactly(""), UNKNOWN_RUN);

        WorkflowRunException e = inFamily(out, WorkflowRunException.class, "interactly", WORKFLOW, UNKNOWN_RUN);
        assertThat(e.getHttpStatus()).isEqualTo(404);
    }

    @Test
    void aThrottleBeyondTheRetryBudget() {
        simulator.injectNext("interactly", Fault.http429(Duration.ofSeconds(120)));

        Exchange out = send(interactly(""), Map.of("a", 1));

        WorkflowRunThrottledException e = inFamily(out, WorkflowRunThrottledException.class, "interactly", WORKFLOW, null);
        assertThat(e).isInstanceOf(WorkflowRunException.class);
        assertThat(e.getRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void noConnection() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Exchange out = send(interactly("http://127.0.0.1:" + closedPort, WorkflowRunSimulator.API_KEY, "&maxAttempts=1"),
                Map.of("a", 1));

        WorkflowRunTransportException e = inFamily(out, WorkflowRunTransportException.class, "interactly", WORKFLOW, null);
        assertThat(e.isRequestSent()).isFalse();
    }

    @Test
    void noAnswerToAStatusCall() throws IOException {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer::readRequest)) {
            Exchange out = status(interactly("http://127.0.0.1:" + server.port(), WorkflowRunSimulator.API_KEY, "&maxAttempts=1"),
                    UNKNOWN_RUN);

            WorkflowRunTransportException e = inFamily(out, WorkflowRunTransportException.class, "interactly", WORKFLOW,
                    UNKNOWN_RUN);
            assertThat(e.isRequestSent()).isTrue();
        }
    }

    @Test
    void aTriggerThatMayHaveStartedARun() {
        simulator.injectNext("interactly", Fault.dropAfterRun());

        Exchange out = send(interactly(""), Map.of("a", 1));

        WorkflowRunMaybeStartedException e = inFamily(out, WorkflowRunMaybeStartedException.class, "interactly", WORKFLOW, null);
        assertThat(e).isInstanceOf(WorkflowRunTransportException.class);
        assertThat(simulator.requests("interactly")).as("not sent again").hasSize(1);
    }

    @Test
    void aRunThatFailedHasNoHttpStatus() {
        simulator.setOutcome(WORKFLOW, RunState.FAILED);

        Exchange out = send(interactly("&waitForCompletion=true" + FAST_POLL), null);

        String runId = simulator.runs("interactly").get(0).runId();
        WorkflowRunFailedException e = inFamily(out, WorkflowRunFailedException.class, "interactly", WORKFLOW, runId);
        // a run that failed is no answer of the provider's: there is no HTTP status to tell
        assertThat(e).isNotInstanceOf(WorkflowRunException.class);
        assertThat(e.getRun().status()).isEqualTo(RunStatus.FAILED);
        assertThat(e.getMessage()).doesNotContain("HTTP");
    }

    @Test
    void aWaitThatTimedOut() {
        simulator.setOutcome(WORKFLOW, RunState.RUNNING);

        Exchange out = send(interactly("&waitForCompletion=true&waitTimeout=200" + FAST_POLL), null);

        String runId = simulator.runs("interactly").get(0).runId();
        WorkflowRunTimeoutException e = inFamily(out, WorkflowRunTimeoutException.class, "interactly", WORKFLOW, runId);
        assertThat(e.getMessage()).contains("may still be running");
    }

    @Test
    void aWaitCutShortByTheComponentStopping() throws Exception {
        CountDownLatch received = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        String runId = "5eb7cf5a86d9755df3a6c5aa";
        try (LoopbackServer server = new LoopbackServer(socket -> {
            LoopbackServer.readRequest(socket);
            received.countDown();
            if (answer.await(30, TimeUnit.SECONDS)) {
                byte[] body = ("{\"run_id\":\"" + runId + "\",\"status\":\"running\"}").getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        })) {
            CompletableFuture<Exchange> pending = template.asyncSend(
                    interactly("http://127.0.0.1:" + server.port(), WorkflowRunSimulator.API_KEY, "&waitForCompletion=true"),
                    e -> e.getMessage().setBody(Map.of("a", 1)));
            assertThat(received.await(10, TimeUnit.SECONDS)).as("the trigger arrived").isTrue();
            // the component stops while the trigger is answered: the wait cannot schedule its first poll
            stopTheComponentsTimer();
            answer.countDown();

            Exchange out = pending.get(10, TimeUnit.SECONDS);

            WorkflowRunTimeoutException e = inFamily(out, WorkflowRunTimeoutException.class, "interactly", WORKFLOW, runId);
            assertThat(e.getMessage()).contains("stopping").contains("may still be running");
            assertThat(out.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        }
    }

    @Test
    void aCallGivenUpBecauseTheComponentIsStopping() {
        stopTheComponentsTimer();

        Exchange out = send(interactly(""), Map.of("a", 1));

        WorkflowRunNotSentException e = inFamily(out, WorkflowRunNotSentException.class, "interactly", WORKFLOW, null);
        assertThat(e.getOperation()).isEqualTo(WorkflowRunOperation.trigger);
        assertThat(e.getMessage()).contains("stopping").contains("no run was started");
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aCallAfterTheComponentStoppedIsNotSentOnANewClient() throws Exception {
        Producer producer = context.getEndpoint(interactly("&operation=status")).createProducer();
        producer.start();
        context.getComponent("workflowrun", WorkflowRunComponent.class).stop();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(WorkflowRunConstants.RUN_ID, UNKNOWN_RUN);

        CompletableFuture<Exchange> done = new CompletableFuture<>();
        AsyncProcessorConverterHelper.convert(producer).process(exchange, doneSync -> done.complete(exchange));
        Exchange out = done.get(10, TimeUnit.SECONDS);

        WorkflowRunNotSentException e = inFamily(out, WorkflowRunNotSentException.class, "interactly", WORKFLOW, UNKNOWN_RUN);
        assertThat(e.getOperation()).isEqualTo(WorkflowRunOperation.status);
        assertThat(simulator.requests()).isEmpty();
        producer.stop();
    }

    @Test
    void aTriggerWhoseWaitTimedOutBeforeItCouldBeSent() {
        simulator.setOutcome(DifyHandler.APP_WORKFLOW_ID, RunState.RUNNING);
        String uri = "workflowrun:dify?user=u&apiKey=" + WorkflowRunSimulator.API_KEY + "&baseUrl=" + simulator.baseUrl("dify")
                     + "&responseMode=streaming&waitForCompletion=true&waitTimeout=300&rateLimit=0.5";
        send(uri, null);

        Exchange out = send(uri, null);

        WorkflowRunNotSentException e = inFamily(out, WorkflowRunNotSentException.class, "dify", null, null);
        assertThat(e.getMessage()).contains("waitTimeout").contains("no run was started");
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void theCatalogueListsEveryExceptionOfTheComponent() throws IOException, URISyntaxException {
        Path classes = Path.of(WorkflowRunComponentException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> throwables;
        try (Stream<Path> files = Files.walk(classes)) {
            throwables = files.map(classes::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    // the span decorators extend the optional tracing SPIs, absent from these tests' classpath; none is thrown
                    .filter(name -> !name.startsWith("io.workflowrun.camel.tracing."))
                    .map(ExceptionCatalogueTest::load).filter(Throwable.class::isAssignableFrom).collect(Collectors.toList());
        }

        assertThat(throwables).as("found the component's classes").contains(WorkflowRunException.class);
        for (Class<?> type : throwables) {
            if (!CAUSES_ONLY.contains(type)) {
                assertThat(WorkflowRunComponentException.class.isAssignableFrom(type)).as(type + " is of the family").isTrue();
            }
        }
        assertThat(throwables.stream().filter(type -> !Modifier.isAbstract(type.getModifiers()) && !CAUSES_ONLY.contains(type)))
                .as("every concrete type is raised above").containsExactlyInAnyOrderElementsOf(CATALOGUE);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ExceptionCatalogueTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What stopping does to the timer every wait, resend and answer deadline is scheduled on. */
    private void stopTheComponentsTimer() {
        WorkflowRunComponent component = context.getComponent("workflowrun", WorkflowRunComponent.class);
        context.getExecutorServiceManager().shutdownNow(component.scheduler());
    }
}
