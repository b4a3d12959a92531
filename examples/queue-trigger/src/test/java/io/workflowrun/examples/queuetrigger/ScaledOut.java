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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptor;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.util.StringHelper;

/**
 * The queue example scaled out on this machine, nothing beyond 127.0.0.1: what the instances share (an ActiveMQ
 * Artemis broker with a TCP acceptor, a PostgreSQL database from the zonky embedded binaries, the simulator, each on
 * an ephemeral port) and the instances themselves, each a JVM of its own ({@link InstanceProcess}). For the
 * three-instance test and the {@code run-scaled-out} launcher ({@link ScaledOutDemo}).
 */
final class ScaledOut implements AutoCloseable {

    static final String REQUESTS = "workflow.requests";
    static final String REPLIES = "workflow.runs";
    static final String DEAD_LETTERS = "workflow.runs.DLQ";
    static final String OUTCOMES = "workflow.outcomes";
    /** The provider: one whose trigger takes an idempotency key (Airflow's dag_run_id). */
    static final String PROVIDER = "airflow";
    /** Request consumers per instance. */
    static final int CONSUMERS = 8;

    private final Path directory;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<InstanceProcess> instances = new CopyOnWriteArrayList<>();
    private EmbeddedActiveMQ broker;
    private int brokerPort;
    private EmbeddedPostgres postgres;
    private WorkflowRunSimulator simulator;
    private Connection connection;
    /** Should this JVM end without {@link #close()} (a test run stopped), the instances end with it. */
    private final Thread killInstancesOnExit = new Thread(this::killInstances, "kill-instances");

    private ScaledOut(Path directory) {
        this.directory = directory;
        Runtime.getRuntime().addShutdownHook(killInstancesOnExit);
    }

    private void killInstances() {
        instances.forEach(InstanceProcess::destroy);
    }

    /**
     * Starts the broker, the database and the simulator; runs take {@code runTime} from start to success.
     *
     * @param directory where the broker's files and the instances' logs go
     */
    static ScaledOut start(Path directory, Duration runTime) throws Exception {
        ScaledOut scaledOut = new ScaledOut(directory);
        try {
            scaledOut.startBroker();
            scaledOut.postgres = EmbeddedPostgres.builder().start();
            scaledOut.started.add(scaledOut.postgres);
            scaledOut.simulator = WorkflowRunSimulator.start(8);
            scaledOut.started.add(scaledOut.simulator);
            scaledOut.simulator.setTimeline(runTime.dividedBy(5), runTime.minus(runTime.dividedBy(5)));
            ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(scaledOut.brokerUrl());
            scaledOut.started.add(factory);
            scaledOut.connection = factory.createConnection();
            scaledOut.started.add(scaledOut.connection);
            scaledOut.connection.start();
        } catch (Exception | Error e) {
            scaledOut.close();
            throw e;
        }
        return scaledOut;
    }

    private void startBroker() throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(false)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:0")
                // as the example's embedded broker: a request that cannot be handed over goes to the DLQ in the end
                .addAddressSetting(REQUESTS, new AddressSettings()
                        .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                        .setMaxDeliveryAttempts(5));
        configuration.setBrokerInstance(directory.resolve("broker").toFile());
        for (String queue : List.of(REQUESTS, REPLIES, DEAD_LETTERS, OUTCOMES)) {
            configuration.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST));
        }
        broker = new EmbeddedActiveMQ().setConfiguration(configuration);
        broker.start();
        started.add(broker::stop);
        brokerPort = ((NettyAcceptor) broker.getActiveMQServer().getRemotingService().getAcceptor("tcp")).getActualPort();
    }

    String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    WorkflowRunSimulator simulator() {
        return simulator;
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The connection to the broker for the caller's own sessions (started; closed with this). */
    Connection connection() {
        return connection;
    }

    List<InstanceProcess> instances() {
        return instances;
    }

    /** The application's settings for an instance of this set-up, beyond its defaults. */
    Map<String, String> settings() {
        ProviderSample sample = WorkflowRunSimulator.sample(PROVIDER);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.artemis.mode", "native");
        settings.put("spring.artemis.broker-url", brokerUrl());
        settings.put("workflowrun.database.url", jdbcUrl());
        settings.put("workflowrun.database.user", "postgres");
        // the shared simulator, as if it were the real service: every instance sees the same runs
        settings.put("workflowrun.target", "real");
        settings.put("workflowrun.provider", PROVIDER);
        settings.put("workflowrun.workflow-id", sample.workflowId());
        settings.put("camel.component.workflowrun.base-url", simulator.baseUrl(PROVIDER));
        sample.settings().forEach((option, value) -> settings.put(component(option), value));
        settings.put("workflowrun.queue.requests", REQUESTS);
        settings.put("workflowrun.queue.replies", REPLIES);
        settings.put("workflowrun.queue.dead-letters", DEAD_LETTERS);
        settings.put("workflowrun.queue.outcomes", OUTCOMES);
        settings.put("workflowrun.queue.consumers", String.valueOf(CONSUMERS));
        // high enough not to be what limits the run; shared by the instances all the same
        settings.put("camel.component.workflowrun.rate-limit", "2000");
        // runs of about a second, followed closely; a dead instance's waits taken over 2 s after its last renewal
        settings.put("camel.component.workflowrun.poll-interval", "250");
        settings.put("camel.component.workflowrun.max-poll-interval", "1000");
        settings.put("camel.component.workflowrun.journal-lease", "2000");
        settings.put("spring.main.banner-mode", "off");
        return settings;
    }

    /** The simulator's credentials, as environment variables (relaxed binding) rather than on a command line. */
    static Map<String, String> credentials() {
        Map<String, String> environment = new LinkedHashMap<>();
        WorkflowRunSimulator.sample(PROVIDER).credentials()
                .forEach((option, value) -> environment.put(component(option).replace('.', '_').replace("-", "").toUpperCase(), value));
        return environment;
    }

    private static String component(String option) {
        return "camel.component.workflowrun." + StringHelper.camelCaseToDash(option);
    }

    /** Starts an instance with {@link #settings()} and these on top. */
    InstanceProcess startInstance(Map<String, String> overrides) throws Exception {
        InstanceProcess instance = InstanceProcess.start("instance-" + (instances.size() + 1), directory,
                arguments(overrides), credentials());
        instances.add(instance);
        return instance;
    }

    private List<String> arguments(Map<String, String> overrides) {
        Map<String, String> settings = settings();
        settings.putAll(overrides);
        List<String> arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return arguments;
    }

    /** Writes a shell script that starts one more instance of this set-up in the foreground (for a terminal of its own). */
    Path writeInstanceScript() throws IOException {
        Files.createDirectories(directory);
        Path script = directory.resolve("start-instance.sh").toAbsolutePath();
        StringBuilder text = new StringBuilder("#!/bin/sh\n")
                .append("# One more instance of the queue example on the broker, database and simulator of the running")
                .append(" run-scaled-out (they go when it stops).\n");
        credentials().forEach((name, value) -> text.append("export ").append(name).append("='").append(value).append("'\n"));
        text.append("exec");
        for (String word : InstanceProcess.command(arguments(Map.of()))) {
            text.append(" \\\n  '").append(word).append('\'');
        }
        text.append('\n');
        Files.writeString(script, text);
        script.toFile().setExecutable(true);
        return script;
    }

    /** How many consumers the broker has on the request queue. */
    long requestConsumers() {
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(REQUESTS));
        return queue == null ? 0 : queue.getConsumerCount();
    }

    /** How many messages wait on a queue (not yet delivered, or delivered and not yet acknowledged). */
    long messageCount(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(SimpleString.of(queueName));
        return queue == null ? 0 : queue.getMessageCount();
    }

    /** Sends one request per key, the key as its IdempotencyKey and correlation ID, in transactions of 100. */
    void sendRequests(List<String> keys) throws JMSException {
        try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
             MessageProducer producer = session.createProducer(session.createQueue(REQUESTS))) {
            int inTransaction = 0;
            for (String key : keys) {
                TextMessage request = session.createTextMessage("{\"orderId\": \"" + key + "\"}");
                request.setJMSCorrelationID(key);
                request.setStringProperty(QueueTriggerRoutes.IDEMPOTENCY_KEY_PROPERTY, key);
                producer.send(request);
                if (++inTransaction == 100) {
                    session.commit();
                    inTransaction = 0;
                }
            }
            session.commit();
        }
    }

    /** Waits until the condition holds, checking every 50 ms; false when the deadline came first. */
    static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Every instance's last lines, for a failure's report. */
    String tails(int lines) {
        StringBuilder text = new StringBuilder();
        for (InstanceProcess instance : instances) {
            text.append("---- ").append(instance).append(", last ").append(lines).append(" lines:")
                    .append(System.lineSeparator()).append(instance.tail(lines)).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** Kills every instance still running (SIGKILL), then stops the simulator, the database and the broker. */
    @Override
    public void close() throws Exception {
        try {
            Runtime.getRuntime().removeShutdownHook(killInstancesOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, or has run
        }
        Exception failure = null;
        for (InstanceProcess instance : instances) {
            try {
                instance.close();
            } catch (Exception e) {
                failure = e;
            }
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
