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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.workflowrun.camel.journal.JdbcRunJournal;
import io.workflowrun.simulator.SimulatedRun;
import io.workflowrun.simulator.WorkflowRunSimulator;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * What a scaled-out run came to, from the simulator (the runs, by key: Airflow's run ID is the request's key) and from
 * the queues the instances answer on.
 *
 * @param runsByKey         the simulator's runs, by run ID (the request's idempotency key)
 * @param triggers          trigger calls the simulator received
 * @param conflicts         of them, those answered 409: the key's run existed (a request that came again)
 * @param replies           the reply queue, by correlation ID (the key)
 * @param deadLetters       the dead letter queue, by correlation ID
 * @param outcomes          the outcome queue, by idempotency key
 * @param requestsLeft      requests still on the request queue (not yet taken, or taken and not yet committed)
 */
record ScaledOutCounts(Map<String, List<SimulatedRun>> runsByKey, long triggers, long conflicts, QueueTally replies,
                       QueueTally deadLetters, QueueTally outcomes, long requestsLeft) {

    static ScaledOutCounts of(ScaledOut scaledOut, QueueTally replies, QueueTally deadLetters, QueueTally outcomes) {
        WorkflowRunSimulator simulator = scaledOut.simulator();
        List<WorkflowRunSimulator.Recorded> requests = simulator.requests(ScaledOut.PROVIDER);
        return new ScaledOutCounts(
                simulator.runs(ScaledOut.PROVIDER).stream().collect(Collectors.groupingBy(SimulatedRun::runId)),
                requests.stream().filter(recorded -> recorded.request().method().equals("POST")
                                                     && recorded.request().rawPath().endsWith("/dagRuns")).count(),
                requests.stream().filter(recorded -> recorded.status() == 409).count(),
                replies, deadLetters, outcomes, scaledOut.messageCount(ScaledOut.REQUESTS));
    }

    /** The run journal's rows, by state. */
    static Map<String, Long> journalStates(ScaledOut scaledOut) {
        Map<String, Long> states = new TreeMap<>();
        try (Connection connection = scaledOut.postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT state, count(*) FROM " + JdbcRunJournal.TABLE + " GROUP BY state")) {
            while (rows.next()) {
                states.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the run journal's table " + JdbcRunJournal.TABLE, e);
        }
        return states;
    }

    int runs() {
        return runsByKey.values().stream().mapToInt(List::size).sum();
    }

    /** How many keys have this many runs, by count. */
    Map<Integer, Long> keysByRuns() {
        return runsByKey.values().stream().collect(Collectors.groupingBy(List::size, TreeMap::new, Collectors.counting()));
    }

    /** Replies that say their request's key had already started the run: the request came again. */
    long repliesForRunsAlreadyStarted() {
        return replies.byKey().values().stream().flatMap(List::stream).filter(ScaledOutCounts::alreadyStarted).count();
    }

    private static boolean alreadyStarted(Message reply) {
        try {
            return reply.getBooleanProperty(RunReply.ALREADY_STARTED);
        } catch (JMSException e) {
            return false;
        }
    }

    /** The counts, a few lines of text. */
    String describe() {
        return String.format("  simulator: %d runs for %d keys (keys by runs: %s); %d trigger calls, %d answered 409 (the"
                             + " key's run existed)%n", runs(), runsByKey.size(), keysByRuns(), triggers, conflicts)
               + String.format("  replies: %d for %d keys (keys by replies: %s), %d of them for a run already started;"
                               + " dead letters: %d%n", replies.total(), replies.keys(), replies.keysByCount(),
                       repliesForRunsAlreadyStarted(), deadLetters.total())
               + String.format("  outcomes: %d for %d keys (keys by outcomes: %s), %d delivered again by an instance that"
                               + " took over the delivery%n", outcomes.total(), outcomes.keys(), outcomes.keysByCount(),
                       outcomes.total() - outcomes.keys())
               + String.format("  requests left on the queue: %d%n", requestsLeft);
    }
}
