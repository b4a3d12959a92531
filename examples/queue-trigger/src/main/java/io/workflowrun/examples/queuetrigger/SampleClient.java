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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * A client of the queues, for the run-example profile: sends each sample file as a request (its name as the
 * correlation ID) and logs the answer each one gets, a run or a dead letter.
 */
@Component
public class SampleClient {

    private static final Logger LOG = LoggerFactory.getLogger(SampleClient.class);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    private final JmsTemplate jms;
    private final String requests;
    private final String replies;
    private final String deadLetters;

    public SampleClient(ConnectionFactory connectionFactory, @Value("${workflowrun.queue.requests}") String requests,
                        @Value("${workflowrun.queue.replies}") String replies,
                        @Value("${workflowrun.queue.dead-letters}") String deadLetters) {
        this.jms = new JmsTemplate(connectionFactory);
        this.jms.setReceiveTimeout(100);
        this.requests = requests;
        this.replies = replies;
        this.deadLetters = deadLetters;
    }

    /** Sends the folder's files and waits for as many answers; returns how many came. */
    public int sendAndAwaitAnswers(Path folder) throws IOException, JMSException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(folder)) {
            samples = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path sample : samples) {
            String body = Files.readString(sample, StandardCharsets.UTF_8);
            String name = sample.getFileName().toString();
            jms.send(requests, session -> {
                TextMessage request = session.createTextMessage(body);
                request.setJMSCorrelationID(name);
                return request;
            });
            LOG.info("Sent {} to {}", name, requests);
        }
        int answers = 0;
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (answers < samples.size() && System.nanoTime() < deadline) {
            Message reply = jms.receive(replies);
            if (reply != null) {
                answers++;
                LOG.info("{} -> run {} ({}): {}", reply.getJMSCorrelationID(), reply.getStringProperty(RunReply.RUN_ID),
                        reply.getStringProperty(RunReply.STATUS), ((TextMessage) reply).getText());
            }
            Message dead = jms.receive(deadLetters);
            if (dead != null) {
                answers++;
                LOG.warn("{} -> dead letter: {}: {}", dead.getJMSCorrelationID(), dead.getStringProperty(DeadLetter.ERROR),
                        dead.getStringProperty(DeadLetter.ERROR_MESSAGE));
            }
        }
        if (answers < samples.size()) {
            LOG.error("{} of {} requests got no answer within {}", samples.size() - answers, samples.size(), ANSWER_TIMEOUT);
        }
        return answers;
    }
}
