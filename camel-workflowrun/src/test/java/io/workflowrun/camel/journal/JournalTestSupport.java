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
package io.workflowrun.camel.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.workflowrun.camel.SimulatorExtension;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.simulator.WorkflowRunSimulator;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Instances (Camel contexts, each with its own component and journal bean) over one database and the simulator. */
abstract class JournalTestSupport {

    @RegisterExtension
    static final SimulatorExtension SIMULATOR = new SimulatorExtension();

    private final List<CamelContext> contexts = new ArrayList<>();
    /** The outcomes every instance's outcome route received, in order. */
    final Queue<Message> outcomes = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stopInstances() {
        contexts.forEach(CamelContext::stop);
    }

    static WorkflowRunSimulator simulator() {
        return SIMULATOR.simulator();
    }

    /** An instance as an application sets one up: a journal bean named by the component's option, an outcome route. */
    CamelContext instance(RunJournal journal, long leaseMillis) throws Exception {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        context.getRegistry().bind("journal", journal);
        WorkflowRunComponent component = new WorkflowRunComponent();
        component.setRunJournal(journal);
        component.setJournalLease(leaseMillis);
        context.addComponent("workflowrun", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:outcomes").process(exchange -> outcomes.add(exchange.getMessage().copy()));
            }
        });
        context.start();
        return context;
    }

    /** Sends a trigger with an idempotency key, as a redelivered message would come again. */
    static Exchange trigger(CamelContext context, String uri, String key) {
        return context.createProducerTemplate().send(uri, exchange -> {
            exchange.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
            exchange.getMessage().setBody("{\"order\": \"" + key + "\"}");
        });
    }

    /** The journal's rows: each key's column values. */
    static Map<String, Map<String, Object>> rows(DataSource dataSource) throws SQLException {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT * FROM " + JdbcRunJournal.TABLE)) {
            while (row.next()) {
                Map<String, Object> columns = new HashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
                rows.put(row.getString("idempotency_key"), columns);
            }
        }
        return rows;
    }

    /** Waits for the condition, checking every 20 ms, and fails naming it once the deadline passed. */
    static void await(String what, Duration atMost, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + atMost + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
