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

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.model.WorkflowRunMaybeStartedException;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.simulator.Fault;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run journal over a real PostgreSQL: exactly-once triggering, durable waits, and what a dead instance leaves. */
class RunJournalTest extends JournalTestSupport {

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        database = postgres.getPostgresDatabase();
        JdbcRunJournal.postgresql(database);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void emptyJournal() throws Exception {
        execute(database, "TRUNCATE " + JdbcRunJournal.TABLE);
    }

    private static String dify() {
        return simulator().endpointUri("dify");
    }

    private static String airflow(String options) {
        return simulator().endpointUri("airflow") + options;
    }

    @Test
    void aRedeliveredKeyGetsItsRunBackWithoutASecondTrigger() throws Exception {
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 30_000);

        Exchange first = trigger(instance, dify(), "order-1");
        Exchange again = trigger(instance, dify(), "order-1");
        Exchange other = trigger(instance, dify(), "order-2");

        assertThat(first.getException()).isNull();
        assertThat(again.getException()).isNull();
        String runId = first.getMessage().getHeader(WorkflowRunConstants.RUN_ID, String.class);
        assertThat(runId).isNotBlank();
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(runId);
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED)).isEqualTo(true);
        assertThat(first.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED)).isNull();
        assertThat(other.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isNotEqualTo(runId);
        assertThat(simulator().runs("dify")).as("runs started").hasSize(2);
        assertThat(rows(database).get("order-1")).containsEntry("state", "STARTED").containsEntry("run_id", runId);
    }

    @Test
    void aTriggerWithoutAnAnswerStaysInDoubtAndIsNeverSentAgain() throws Exception {
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 30_000);
        simulator().injectNext("dify", Fault.dropAfterRun());

        Exchange first = trigger(instance, dify(), "order-7");
        Exchange again = trigger(instance, dify(), "order-7");

        assertThat(first.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(again.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class)
                .hasMessageContaining("'order-7'").hasMessageContaining("in doubt").hasMessageContaining("delete");
        assertThat(simulator().requests("dify")).as("triggers sent").hasSize(1);
        assertThat(simulator().runs("dify")).hasSize(1);
        assertThat(rows(database).get("order-7")).containsEntry("state", "IN_DOUBT");
    }

    @Test
    void aTriggerInDoubtIsAskedAgainWithTheProvidersOwnKey() throws Exception {
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 30_000);
        // the access token first, so that the fault hits the trigger
        assertThat(trigger(instance, airflow(""), "order-0").getException()).isNull();
        simulator().injectNext("airflow", Fault.dropAfterRun());

        Exchange first = trigger(instance, airflow(""), "order-8");
        Exchange again = trigger(instance, airflow(""), "order-8");

        assertThat(first.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class);
        assertThat(again.getException()).isNull();
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo("order-8");
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED)).isEqualTo(true);
        assertThat(simulator().runs("airflow").stream().filter(run -> run.runId().equals("order-8"))).as("runs of order-8").hasSize(1);
        assertThat(rows(database).get("order-8")).containsEntry("state", "STARTED").containsEntry("run_id", "order-8");
    }

    @Test
    void aKeyAnotherInstanceIsSendingIsAnsweredOnceItsClaimEnds() throws Exception {
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 1_000);
        Exchange probe = trigger(instance, dify(), "probe");
        assertThat(probe.getException()).isNull();
        // an instance that claimed the key and died, its lease not yet over: as the journal holds it
        Map<String, Object> row = rows(database).get("probe");
        execute(database, "INSERT INTO " + JdbcRunJournal.TABLE + " (scope, idempotency_key, provider, workflow_id, endpoint_key,"
                          + " state, owner, lease_until, sent_at, updated_at) VALUES ('" + row.get("scope") + "', 'order-9', 'dify', '"
                          + row.get("workflow_id") + "', '" + row.get("endpoint_key") + "', 'SENDING', 'host/1/dead', now() + interval '700 milliseconds',"
                          + " now(), now())");

        Exchange exchange = trigger(instance, dify(), "order-9");

        // dify has no key of its own: the dead instance's trigger may have started a run, and nothing is sent
        assertThat(exchange.getException()).isInstanceOf(WorkflowRunMaybeStartedException.class).hasMessageContaining("'order-9'");
        assertThat(simulator().requests("dify")).as("triggers sent").hasSize(1);
    }

    @Test
    void aDurableWaitDeliversEachOutcomeOnce() throws Exception {
        simulator().setTimeline(Duration.ofMillis(100), Duration.ofMillis(300));
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 30_000);
        String uri = airflow("&waitForCompletion=true&pollInterval=100&outcomeUri=direct:outcomes");

        List<Exchange> triggers = IntStream.range(0, 5).mapToObj(i -> trigger(instance, uri, "wait-" + i)).toList();

        assertThat(triggers).allSatisfy(e -> {
            assertThat(e.getException()).isNull();
            // the trigger's exchange does not wait: its run is recorded and followed through the journal
            assertThat(e.getMessage().getHeader(WorkflowRunConstants.STATUS).toString()).isNotIn("SUCCEEDED", "FAILED");
        });
        await("5 outcomes", Duration.ofSeconds(20), () -> outcomes.size() >= 5);
        assertThat(outcomes).hasSize(5).allSatisfy(outcome -> {
            assertThat(outcome.getHeader(WorkflowRunConstants.STATUS).toString()).isEqualTo("SUCCEEDED");
            assertThat(outcome.getHeader(WorkflowRunConstants.DELIVERY_ATTEMPT)).isEqualTo(1);
            assertThat(outcome.getHeader(WorkflowRunConstants.RUN_ID)).isEqualTo(outcome.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY));
        });
        assertThat(outcomes.stream().map(m -> m.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY))).containsExactlyInAnyOrder(
                "wait-0", "wait-1", "wait-2", "wait-3", "wait-4");
        await("every row delivered", Duration.ofSeconds(5), () -> rows(database).values().stream().allMatch(r -> "DELIVERED".equals(r.get("state"))));
        // a redelivered trigger of a run whose outcome went out: its run back, no second outcome
        Exchange again = trigger(instance, uri, "wait-0");
        assertThat(again.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED)).isEqualTo(true);
        assertThat(simulator().runs("airflow")).hasSize(5);
        assertThat(outcomes).hasSize(5);
    }

    @Test
    void aDeadInstancesWaitsAreTakenOverAndTheirOutcomesDeliveredOnce() throws Exception {
        simulator().setTimeline(Duration.ofMillis(100), Duration.ofMillis(1_500));
        CuttableJournal dying = new CuttableJournal(JdbcRunJournal.postgresql(database));
        CamelContext doomed = instance(dying, 1_000);
        CamelContext survivor = instance(JdbcRunJournal.postgresql(database), 1_000);
        String uri = airflow("&waitForCompletion=true&pollInterval=100&outcomeUri=direct:outcomes");

        for (int i = 0; i < 10; i++) {
            assertThat(trigger(doomed, uri, "taken-" + i).getException()).isNull();
        }
        // the survivor must have an endpoint like the dead one's to follow its runs: the same route on every instance
        assertThat(trigger(survivor, uri, "own").getException()).isNull();
        dying.cut();

        await("11 outcomes", Duration.ofSeconds(20), () -> outcomes.size() >= 11);
        assertThat(outcomes.stream().map(m -> m.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY)).distinct()).hasSize(11);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.getHeader(WorkflowRunConstants.STATUS).toString()).isEqualTo("SUCCEEDED");
            assertThat(outcome.getHeader(WorkflowRunConstants.DELIVERY_ATTEMPT)).isEqualTo(1);
        });
        await("every row delivered", Duration.ofSeconds(5), () -> rows(database).values().stream().allMatch(r -> "DELIVERED".equals(r.get("state"))));
        assertThat(outcomes).hasSize(11);
        io.workflowrun.camel.statistics.ProviderStatistics counted = survivor.getComponent("workflowrun",
                io.workflowrun.camel.WorkflowRunComponent.class).getStatistics().of("airflow");
        assertThat(counted.waitsTakenOver()).as("waits the survivor took over").isEqualTo(10);
        assertThat(counted.outcomesDelivered()).isEqualTo(11);
        assertThat(counted.outcomesDeliveredAgain()).isZero();
        assertThat(simulator().runs("airflow")).hasSize(11);
    }

    @Test
    void aWaitWhoseLeaseAnotherInstanceTookIsNoLongerPolledHere() throws Exception {
        simulator().setTimeline(Duration.ofMillis(100), Duration.ofSeconds(30));
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 1_000);
        String uri = airflow("&waitForCompletion=true&pollInterval=100&maxPollInterval=200&outcomeUri=direct:outcomes");
        assertThat(trigger(instance, uri, "lost").getException()).isNull();
        io.workflowrun.camel.statistics.ProviderStatistics airflow = instance.getComponent("workflowrun",
                io.workflowrun.camel.WorkflowRunComponent.class).getStatistics().of("airflow");
        assertThat(airflow.waitsPending()).isEqualTo(1);

        // as an instance that took the wait over after this one's lease had run out (a long pause) would hold it
        execute(database, "UPDATE " + JdbcRunJournal.TABLE + " SET owner = 'host/2/other', lease_until = now() + interval '1 minute'"
                          + " WHERE idempotency_key = 'lost'");

        await("the wait here ended", Duration.ofSeconds(10), () -> airflow.waitsPending() == 0);
        long polls = simulator().requests("airflow").size();
        long lostPolls = polls(simulator(), "/lost");
        assertThat(outcomes).as("outcomes delivered by an instance that lost the wait").isEmpty();
        assertThat(rows(database).get("lost")).containsEntry("state", "WAITING").containsEntry("owner", "host/2/other");
        assertThat(trigger(instance, uri, "other").getException()).isNull();
        await("the other run's wait polled", Duration.ofSeconds(10), () -> simulator().requests("airflow").size() >= polls + 3);
        assertThat(polls(simulator(), "/lost")).as("polls of the lost run since its wait here ended").isEqualTo(lostPolls);
    }

    private static long polls(WorkflowRunSimulator simulator, String pathEnd) {
        return simulator.requests("airflow").stream().filter(r -> r.request().rawPath().endsWith(pathEnd)).count();
    }

    @Test
    void aStoppedInstanceHandsItsWaitsBackAtOnce() throws Exception {
        simulator().setTimeline(Duration.ofMillis(100), Duration.ofMillis(500));
        CamelContext leaving = instance(JdbcRunJournal.postgresql(database), 3_000);
        CamelContext staying = instance(JdbcRunJournal.postgresql(database), 3_000);
        String uri = airflow("&waitForCompletion=true&pollInterval=100&outcomeUri=direct:outcomes");
        for (int i = 0; i < 3; i++) {
            assertThat(trigger(leaving, uri, "handed-" + i).getException()).isNull();
        }
        assertThat(trigger(staying, uri, "kept").getException()).isNull();

        leaving.stop();

        // its leases ended as it stopped, not seconds later: the next instance to look takes the waits over
        try (java.sql.Connection connection = database.getConnection();
             java.sql.ResultSet row = connection.createStatement().executeQuery("SELECT count(*) FROM " + JdbcRunJournal.TABLE
                     + " WHERE idempotency_key LIKE 'handed-%' AND (state = 'DELIVERED' OR lease_until <= now())")) {
            row.next();
            assertThat(row.getInt(1)).as("waits handed back").isEqualTo(3);
        }
        await("4 outcomes", Duration.ofSeconds(20), () -> outcomes.size() >= 4);
        assertThat(outcomes.stream().map(m -> m.getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY))).containsExactlyInAnyOrder(
                "handed-0", "handed-1", "handed-2", "kept");
    }

    @Test
    void outcomeUriWithoutAJournalIsRefusedNamingBoth() throws Exception {
        CamelContext context = new org.apache.camel.impl.DefaultCamelContext();
        try {
            context.start();
            org.apache.camel.Producer producer = context.getEndpoint(airflow("&waitForCompletion=true&outcomeUri=direct:outcomes"))
                    .createProducer();
            org.assertj.core.api.Assertions.assertThatThrownBy(producer::start).hasMessageContaining("outcomeUri")
                    .hasMessageContaining("runJournal");
        } finally {
            context.stop();
        }
    }

    @Test
    void theJournalHoldsNoCredential() throws Exception {
        CamelContext instance = instance(JdbcRunJournal.postgresql(database), 30_000);
        assertThat(trigger(instance, dify(), "order-s").getException()).isNull();
        assertThat(trigger(instance, airflow("&waitForCompletion=true&pollInterval=100&outcomeUri=direct:outcomes"), "order-t")
                .getException()).isNull();

        assertThat(rows(database).values()).isNotEmpty().allSatisfy(row -> assertThat(row.values().toString())
                .doesNotContain(WorkflowRunSimulator.API_KEY).doesNotContain(WorkflowRunSimulator.ACCESS_KEY)
                .doesNotContain(WorkflowRunSimulator.SECRET_KEY));
    }

    @Test
    void triggersFailUnsentWhileTheDatabaseIsDownAndGoThroughOnceItIsBack() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("journal-pg");
        EmbeddedPostgres own = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int port = own.getPort();
        try {
            CamelContext instance = instance(JdbcRunJournal.postgresql(own.getPostgresDatabase()), 1_000);
            String uri = airflow("");
            assertThat(trigger(instance, uri, "warm-up").getException()).isNull();
            org.apache.camel.ProducerTemplate template = instance.createProducerTemplate();
            int count = 60;
            // triggers in flight, as a queue's consumers send them, while the database stops under them
            List<java.util.concurrent.CompletableFuture<Exchange>> inFlight = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                String key = "mid-" + i;
                inFlight.add(template.asyncSend(uri, exchange -> {
                    exchange.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key);
                    exchange.getMessage().setBody("{}");
                }));
                if (i == count / 2) {
                    // once some have their runs recorded and others are on their way
                    await("10 triggers done", Duration.ofSeconds(20), () -> inFlight.stream().filter(f -> f.isDone()).count() >= 10);
                    own.close();
                }
            }
            List<Exchange> first = inFlight.stream().map(java.util.concurrent.CompletableFuture::join).toList();
            List<Exception> failures = first.stream().map(Exchange::getException).filter(java.util.Objects::nonNull).toList();
            assertThat(failures.size()).as("triggers that needed the stopped journal").isBetween(1, count - 10);
            assertThat(failures).allSatisfy(e -> {
                assertThat(e).isInstanceOfAny(WorkflowRunNotSentException.class, WorkflowRunMaybeStartedException.class)
                        .hasMessageContaining("runJournal").hasMessageNotContaining(WorkflowRunSimulator.SECRET_KEY);
            });

            own = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
            // the failed messages come again, as a queue redelivers them; then every one of them, once more
            List<Exchange> redelivered = first.stream().filter(e -> e.getException() != null)
                    .map(e -> trigger(instance, uri, e.getMessage().getHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, String.class)))
                    .toList();
            List<Exchange> again = IntStream.range(0, count).mapToObj(i -> trigger(instance, uri, "mid-" + i)).toList();

            System.out.printf("database stopped mid-run: %d of %d triggers failed (%d not sent, %d may have started), all went "
                              + "through once it was back%n", failures.size(), count,
                    failures.stream().filter(WorkflowRunNotSentException.class::isInstance).count(),
                    failures.stream().filter(WorkflowRunMaybeStartedException.class::isInstance).count());
            assertThat(redelivered).allSatisfy(e -> assertThat(e.getException()).isNull());
            assertThat(again).allSatisfy(e -> {
                assertThat(e.getException()).isNull();
                assertThat(e.getMessage().getHeader(WorkflowRunConstants.ALREADY_STARTED)).isEqualTo(true);
            });
            Map<String, Long> runsPerKey = simulator().runs("airflow").stream().collect(
                    java.util.stream.Collectors.groupingBy(run -> run.runId(), java.util.stream.Collectors.counting()));
            assertThat(runsPerKey).as("runs per key").hasSize(count + 1).allSatisfy((key, runs) -> assertThat(runs).isEqualTo(1));
            assertThat(rows(own.getPostgresDatabase()).values()).allSatisfy(row -> assertThat(row.get("state")).isEqualTo("STARTED"));
        } finally {
            own.close();
        }
    }
}
