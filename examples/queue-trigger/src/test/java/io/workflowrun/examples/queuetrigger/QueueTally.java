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

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;

/**
 * Takes every message of one queue as it comes (auto-acknowledged) and keeps them by a key the message carries: what
 * the test and the launcher count.
 */
final class QueueTally implements AutoCloseable {

    private final String queue;
    private final Session session;
    private final Map<String, List<Message>> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    private QueueTally(String queue, Session session) {
        this.queue = queue;
        this.session = session;
    }

    /** @param key reads a message's key (a JMS property, say); messages without one are kept under "" */
    static QueueTally of(Connection connection, String queue, KeyReader key) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        QueueTally tally = new QueueTally(queue, session);
        MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
        consumer.setMessageListener(message -> {
            String read;
            try {
                read = key.read(message);
            } catch (JMSException e) {
                read = null;
            }
            tally.byKey.computeIfAbsent(read == null ? "" : read, k -> new CopyOnWriteArrayList<>()).add(message);
            tally.total.incrementAndGet();
        });
        return tally;
    }

    /** Reads a message's key. */
    @FunctionalInterface
    interface KeyReader {
        String read(Message message) throws JMSException;
    }

    String queue() {
        return queue;
    }

    /** Messages taken. */
    int total() {
        return total.get();
    }

    /** Distinct keys among them. */
    int keys() {
        return byKey.size();
    }

    Map<String, List<Message>> byKey() {
        return byKey;
    }

    /** How many keys came this many times, by count. */
    Map<Integer, Long> keysByCount() {
        return byKey.values().stream().collect(Collectors.groupingBy(List::size, TreeMap::new,
                Collectors.counting()));
    }

    /** The keys that came more than once, with what this function tells of each of their messages. */
    Map<String, List<String>> repeated(Function<Message, String> describe) {
        Map<String, List<String>> repeated = new TreeMap<>();
        byKey.forEach((key, messages) -> {
            if (messages.size() > 1) {
                repeated.put(key, messages.stream().map(describe).toList());
            }
        });
        return repeated;
    }

    @Override
    public void close() throws JMSException {
        session.close();
    }
}
