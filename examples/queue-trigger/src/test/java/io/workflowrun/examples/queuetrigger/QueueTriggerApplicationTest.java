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
package io.workflowrun.examples.queuetrigger;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.dify.DifyHandler;
import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as it runs: embedded broker, the simulator it starts, requests sent and answers read over JMS. */
@SpringBootTest
class QueueTriggerApplicationTest {

    private static final long ANSWER_TIMEOUT_MS = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private WorkflowRunSimulator simulator;
    @Autowired
    private ConnectionFactory connectionFactory;
    @Autowired
    private EmbeddedActiveMQ broker;
    @Autowired
    private CamelContext camelContext;
    @Value("${workflowrun.queue.requests}")
    private String requests;
    @Value("${workflowrun.queue.replies}")
    private String replies;
    @Value("${workflowrun.queue.dead-letters}")
    private String deadLetters;

    private JmsTemplate jms;

    @BeforeEach
    void setUp() {
        simulator.reset();
        jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(ANSWER_TIMEOUT_MS);
    }

    @AfterEach
    void nothingLeftOver() {
        JmsTemplate now = new JmsTemplate(connectionFactory);
        now.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        assertThat(now.receive(replies)).as("a reply nobody expected").isNull();
        assertThat(now.receive(deadLetters)).as("a dead letter nobody expected").isNull();
    }

    @Test
    void eachRequestStartsOneRunAndItsReplyCarriesTheRunAndTheCorrelationId() throws Exception {
        send("{\"orderId\": \"1001\", \"amount\": 120.5}", "order-1001");
        send("{\"orderId\": \"1002\"}", "order-1002");
        String uncorrelated = send("{\"orderId\": \"1003\"}", null);

        Map<String, Message> byCorrelation = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            Message reply = answer(replies);
            byCorrelation.put(reply.getJMSCorrelationID(), reply);
        }

        // a request without a correlation ID is answered under its message ID
        assertThat(byCorrelation).containsOnlyKeys("order-1001", "order-1002", uncorrelated);
        assertThat(simulator.runs("dify")).hasSize(3);
        assertThat(simulator.requests()).hasSize(3);
        assertRun(byCorrelation.get("order-1001"), Map.of("orderId", "1001", "amount", 120.5));
        assertRun(byCorrelation.get("order-1002"), Map.of("orderId", "1002"));
        assertRun(byCorrelation.get(uncorrelated), Map.of("orderId", "1003"));
    }

    @Test
    void aRequestThatNamesItsReplyToIsAnsweredThereAndNowhereElse() throws Exception {
        jms.send(requests, session -> {
            TextMessage request = session.createTextMessage("{\"orderId\": \"1004\"}");
            request.setJMSCorrelationID("order-1004");
            request.setJMSReplyTo(session.createQueue("client.inbox"));
            return request;
        });
        Message reply = answer("client.inbox");
        assertThat(reply.getJMSCorrelationID()).isEqualTo("order-1004");
        assertRun(reply, Map.of("orderId", "1004"));

        // requests are taken in order: the next reply on the reply queue is the next request's
        send("{}", "after");
        assertThat(answer(replies).getJMSCorrelationID()).isEqualTo("after");
    }

    @Test
    void aWorkflowIdPropertyPicksTheWorkflow() throws Exception {
        jms.send(requests, session -> {
            TextMessage request = session.createTextMessage("{\"orderId\": \"1005\"}");
            request.setJMSCorrelationID("order-1005");
            request.setStringProperty(QueueTriggerRoutes.WORKFLOW_ID_PROPERTY, "b8c1e2f3-0000-4000-8000-00000000abcd");
            return request;
        });
        Message reply = answer(replies);

        assertThat(simulator.runs("dify")).singleElement().satisfies(run -> {
            assertThat(run.workflowId()).isEqualTo("b8c1e2f3-0000-4000-8000-00000000abcd");
            assertThat(run.runId()).isEqualTo(reply.getStringProperty(RunReply.RUN_ID));
        });
        // the simulator's keys replace the application's; the application's own user stays
        assertThat(simulator.requests("dify")).singleElement().satisfies(recorded -> assertThat(recorded.request().bodyText())
                .contains("\"user\":\"camel-queue-trigger\""));
    }

    @Test
    void aThrottledTriggerIsSentAgainByTheComponentAndStartsOneRun() throws Exception {
        simulator.injectNext("dify", Fault.providerThrottling());
        send("{\"orderId\": \"1006\"}", "order-1006");

        Message reply = answer(replies);
        assertThat(reply.getJMSCorrelationID()).isEqualTo("order-1006");
        assertRun(reply, Map.of("orderId", "1006"));
        assertThat(simulator.requests("dify")).hasSize(2);
        assertThat(simulator.runs("dify")).hasSize(1);
    }

    @Test
    void aRequestTheProviderRejectsGoesToTheDeadLetterQueueWithTheError() throws Exception {
        simulator.injectNext("dify", DifyHandler.error(401, "unauthorized", "Access token is invalid."));
        Message dead = sendToTheDeadLetterQueue("{\"orderId\": \"1007\"}", "order-1007");

        assertThat(dead.getStringProperty(DeadLetter.ERROR)).isEqualTo(WorkflowRunException.class.getName());
        assertThat(dead.getStringProperty(DeadLetter.PROVIDER)).isEqualTo("dify");
        assertThat(dead.getStringProperty(DeadLetter.ERROR_MESSAGE)).contains("HTTP 401").contains("unauthorized")
                .doesNotContain(WorkflowRunSimulator.API_KEY);
        // answered with an error: not sent again, no run
        assertThat(simulator.requests("dify")).hasSize(1);
        assertThat(simulator.runs()).isEmpty();
    }

    @Test
    void aBodyThatIsNotAJsonObjectGoesToTheDeadLetterQueueAndNothingIsSent() throws Exception {
        Message dead = sendToTheDeadLetterQueue("[\"not\", \"an\", \"object\"]", "not-an-object");

        assertThat(dead.getStringProperty(DeadLetter.ERROR_MESSAGE)).contains("JSON object");
        assertThat(simulator.requests()).isEmpty();
    }

    @Test
    void aTriggerThatGotNoAnswerGoesToTheDeadLetterQueueOnceAndIsNotSentAgain() throws Exception {
        simulator.injectNext("dify", Fault.dropAfterRun());
        Message dead = sendToTheDeadLetterQueue("{\"orderId\": \"1008\"}", "order-1008");

        assertThat(dead.getStringProperty(DeadLetter.ERROR)).isEqualTo(WorkflowRunMaybeStartedException.class.getName());
        assertThat(dead.getStringProperty(DeadLetter.PROVIDER)).isEqualTo("dify");

        // requests are taken in order: once the next one is answered, the first was not delivered again in between
        send("{}", "after");
        assertThat(answer(replies).getJMSCorrelationID()).isEqualTo("after");
        assertThat(simulator.requests("dify")).hasSize(2);
        assertThat(simulator.requests("dify").get(0).fault()).isEqualTo(Fault.dropAfterRun());
    }

    @Test
    void withoutADatabaseNothingIsSharedAndNoOutcomeRouteRuns() {
        WorkflowRunComponent component = camelContext.getComponent("workflowrun", WorkflowRunComponent.class);

        assertThat(component.getRateLimitStore()).as("rateLimitStore").isNull();
        assertThat(component.getRunJournal()).as("runJournal").isNull();
        assertThat(camelContext.getRoutes()).extracting(Route::getRouteId).containsExactly("queue-to-workflow-run");
    }

    @Test
    void theBrokerMovesARequestItCannotHandOverToTheDeadLetterQueue() {
        AddressSettings settings = broker.getActiveMQServer().getAddressSettingsRepository().getMatch(requests);

        assertThat(settings.getDeadLetterAddress().toString()).isEqualTo(deadLetters);
        assertThat(settings.getMaxDeliveryAttempts()).isEqualTo(5);
    }

    /** Sends a request; returns its JMS message ID. */
    private String send(String body, String correlationId) throws JMSException {
        TextMessage[] sent = new TextMessage[1];
        jms.send(requests, session -> {
            sent[0] = session.createTextMessage(body);
            if (correlationId != null) {
                sent[0].setJMSCorrelationID(correlationId);
            }
            return sent[0];
        });
        return sent[0].getJMSMessageID();
    }

    /** Sends a request that is to fail; its dead letter, checked to be the request as sent. */
    private Message sendToTheDeadLetterQueue(String body, String correlationId) throws JMSException {
        send(body, correlationId);
        Message dead = answer(deadLetters);
        assertThat(((TextMessage) dead).getText()).isEqualTo(body);
        assertThat(dead.getJMSCorrelationID()).isEqualTo(correlationId);
        return dead;
    }

    private Message answer(String queue) {
        Message message = jms.receive(queue);
        assertThat(message).as("an answer on " + queue + " within " + ANSWER_TIMEOUT_MS + " ms").isNotNull();
        return message;
    }

    /** The reply names a run the simulator started with these parameters. */
    private void assertRun(Message reply, Map<String, Object> parameters) throws Exception {
        Map<String, Object> run = JSON.readValue(((TextMessage) reply).getText(), new TypeReference<>() {
        });
        String runId = reply.getStringProperty(RunReply.RUN_ID);
        assertThat(run).containsEntry("provider", "dify").containsEntry("runId", runId);
        assertThat(reply.getStringProperty(RunReply.STATUS)).isEqualTo(run.get("status"));
        SimulatedRun started = simulator.runs("dify").stream().filter(r -> r.runId().equals(runId)).findFirst().orElseThrow();
        assertThat(started.parameters()).isEqualTo(parameters);
    }
}
