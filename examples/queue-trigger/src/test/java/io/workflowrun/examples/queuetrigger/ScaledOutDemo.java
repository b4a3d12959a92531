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

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import jakarta.jms.Message;
import org.slf4j.LoggerFactory;

/**
 * The {@code run-scaled-out} profile: the queue example scaled out on this machine with only a JDK. Starts a broker
 * (ActiveMQ Artemis, TCP on 127.0.0.1), a PostgreSQL database (zonky's embedded binaries) and the simulator, then
 * {@code example.instances} instances of the application (JVMs of their own); sends {@code example.requests} requests,
 * kills one instance (SIGKILL) once a third are answered (unless {@code example.kill=false}), and prints the counts.
 * With {@code example.requests=0} it serves until stopped (Ctrl+C), printing the counts every 10 s; more instances
 * start with the script it writes.
 */
public final class ScaledOutDemo {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(120);

    private ScaledOutDemo() {
    }

    public static void main(String[] args) throws Exception {
        // the broker's and the database's own logs (Logback's default is DEBUG) would drown the counts; a killed
        // instance is meant to leave its connections broken
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.ERROR);
        int instances = Integer.getInteger("example.instances", 3);
        int requests = Integer.getInteger("example.requests", 300);
        boolean kill = Boolean.parseBoolean(System.getProperty("example.kill", "true")) && instances > 1;
        Path directory = Path.of("target", "scaled-out-demo");
        try (ScaledOut scaledOut = ScaledOut.start(directory, Duration.ofSeconds(1));
             QueueTally replies = QueueTally.of(scaledOut.connection(), ScaledOut.REPLIES, Message::getJMSCorrelationID);
             QueueTally deadLetters = QueueTally.of(scaledOut.connection(), ScaledOut.DEAD_LETTERS, Message::getJMSCorrelationID);
             QueueTally outcomes = QueueTally.of(scaledOut.connection(), ScaledOut.OUTCOMES,
                     message -> message.getStringProperty(RunOutcome.IDEMPOTENCY_KEY))) {
            Path script = scaledOut.writeInstanceScript();
            System.out.printf("%nShared by the instances:%n  broker      %s (queues %s, %s, %s)%n  database    %s (user postgres)%n"
                              + "  simulator   %s (%s)%nOne more instance, in a terminal of its own: sh %s%nLogs: %s%n%n",
                    scaledOut.brokerUrl(), ScaledOut.REQUESTS, ScaledOut.REPLIES, ScaledOut.DEAD_LETTERS, scaledOut.jdbcUrl(),
                    scaledOut.simulator().baseUrl(ScaledOut.PROVIDER), ScaledOut.PROVIDER, script, directory.toAbsolutePath());
            for (int i = 0; i < instances; i++) {
                InstanceProcess instance = scaledOut.startInstance(Map.of());
                System.out.printf("Started %s%n", instance);
            }
            if (!ScaledOut.await(STARTUP, () -> scaledOut.requestConsumers() >= (long) instances * ScaledOut.CONSUMERS)) {
                System.out.println("The instances did not all start consuming within " + STARTUP + ":");
                System.out.println(scaledOut.tails(30));
                return;
            }
            System.out.printf("%d instances consume %s (%d consumers)%n", instances, ScaledOut.REQUESTS, scaledOut.requestConsumers());
            if (requests == 0) {
                serve(scaledOut, replies, deadLetters, outcomes);
                return;
            }
            List<String> keys = IntStream.rangeClosed(1, requests).mapToObj(i -> String.format("order-%04d", i)).toList();
            scaledOut.sendRequests(keys);
            System.out.printf("Sent %d requests, IdempotencyKey order-0001 to order-%04d%n", requests, requests);
            if (kill && ScaledOut.await(DRAIN, () -> replies.total() >= requests / 3)) {
                InstanceProcess victim = scaledOut.instances().get(1);
                victim.kill();
                Set<String> following = new TreeSet<>(victim.startedRuns());
                following.removeAll(outcomes.byKey().keySet());
                System.out.printf("Killed %s (SIGKILL) after %d answers; it had started %d runs, %d of them not yet ended%n",
                        victim.name(), replies.total(), victim.startedRuns().size(), following.size());
            }
            boolean drained = ScaledOut.await(DRAIN, () -> replies.keys() + deadLetters.keys() >= requests
                                                           && outcomes.keys() >= requests
                                                           && scaledOut.messageCount(ScaledOut.REQUESTS) == 0);
            System.out.printf("%s%n%s", drained ? "Every request answered, every run's outcome delivered:"
                            : "Not every request answered, or not every outcome delivered, within " + DRAIN + ":",
                    ScaledOutCounts.of(scaledOut, replies, deadLetters, outcomes).describe());
            System.out.printf("  journal rows by state: %s%n", ScaledOutCounts.journalStates(scaledOut));
        }
    }

    private static void serve(ScaledOut scaledOut, QueueTally replies, QueueTally deadLetters, QueueTally outcomes) throws InterruptedException {
        System.out.println("Serving until stopped (Ctrl+C): send requests to " + ScaledOut.REQUESTS + " at " + scaledOut.brokerUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                scaledOut.close();
            } catch (Exception e) {
                System.err.println("Stopping: " + e);
            }
        }));
        while (!stopped.await(10, TimeUnit.SECONDS)) {
            System.out.print(ScaledOutCounts.of(scaledOut, replies, deadLetters, outcomes).describe());
        }
    }
}
