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
import java.util.stream.IntStream;

import jakarta.jms.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's "three instances, one killed": three JVMs of the application share the broker, the database and the
 * simulator; 2,000 requests; one instance is killed (SIGKILL) while it works. Every request still has exactly one run
 * and an answer.
 */
class ThreeInstancesOneKilledTest {

    private static final int REQUESTS = 2_000;
    private static final int INSTANCES = 3;
    private static final Path DIRECTORY = Path.of("target", "scaled-out");
    /** Three Spring Boot JVMs starting at once on a loaded 2-core machine. */
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration DRAIN = Duration.ofSeconds(60);

    @Test
    void everyRequestHasExactlyOneRunAndOneAnswerThoughAnInstanceWasKilled() throws Exception {
        long begin = System.nanoTime();
        List<String> keys = IntStream.rangeClosed(1, REQUESTS).mapToObj(i -> String.format("order-%04d", i)).toList();
        try (ScaledOut scaledOut = ScaledOut.start(DIRECTORY, Duration.ofSeconds(1));
             QueueTally replies = QueueTally.of(scaledOut.connection(), ScaledOut.REPLIES, Message::getJMSCorrelationID);
             QueueTally deadLetters = QueueTally.of(scaledOut.connection(), ScaledOut.DEAD_LETTERS, Message::getJMSCorrelationID);
             QueueTally outcomes = QueueTally.of(scaledOut.connection(), ScaledOut.OUTCOMES,
                     message -> message.getStringProperty(RunOutcome.IDEMPOTENCY_KEY))) {
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    scaledOut.startInstance(Map.of());
                }
                assertThat(ScaledOut.await(STARTUP, () -> scaledOut.requestConsumers() >= INSTANCES * ScaledOut.CONSUMERS
                                                          || scaledOut.instances().stream().anyMatch(i -> !i.isAlive())))
                        .as("%d instances consuming within %s", INSTANCES, STARTUP).isTrue();
                assertThat(scaledOut.instances()).as("instances running").allMatch(InstanceProcess::isAlive);
                long started = System.nanoTime();

                scaledOut.sendRequests(keys);
                // mid-run: a third of the requests answered, the rest in the instances' hands or still queued
                assertThat(ScaledOut.await(DRAIN, () -> replies.total() >= REQUESTS / 3)).as("a third answered").isTrue();
                InstanceProcess victim = scaledOut.instances().get(1);
                victim.kill();
                long answeredAtKill = replies.total();
                Set<String> endedAtKill = Set.copyOf(outcomes.byKey().keySet());
                Set<String> startedByVictim = victim.startedRuns();
                // runs the killed instance had started and was still following: another instance must take them over
                Set<String> orphaned = new TreeSet<>(startedByVictim);
                orphaned.removeAll(endedAtKill);

                boolean drained = ScaledOut.await(DRAIN, () -> replies.keys() + deadLetters.keys() >= REQUESTS
                                                               && outcomes.keys() >= REQUESTS
                                                               && scaledOut.messageCount(ScaledOut.REQUESTS) == 0);
                long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

                ScaledOutCounts counts = ScaledOutCounts.of(scaledOut, replies, deadLetters, outcomes);
                // an outcome is recorded as delivered just after the outcome route took it: wait for the last ones
                ScaledOut.await(Duration.ofSeconds(10), () -> ScaledOutCounts.journalStates(scaledOut)
                        .equals(Map.of("DELIVERED", (long) REQUESTS)));
                Map<String, Long> journal = ScaledOutCounts.journalStates(scaledOut);
                System.out.printf("Three instances, one killed: %d requests; %s killed (SIGKILL) after %d answers, having"
                                  + " started %d runs, %d of them not yet ended; %d s from the first request to the last"
                                  + " outcome:%n%s  journal rows by state: %s%n", REQUESTS, victim.name(), answeredAtKill,
                        startedByVictim.size(), orphaned.size(), seconds, counts.describe(), journal);

                assertThat(drained).as("every request answered and every outcome delivered within %s of the kill", DRAIN).isTrue();
                assertThat(orphaned).as("runs the killed instance was following: it was killed mid-run").isNotEmpty();
                assertThat(deadLetters.total()).as("dead letters").isZero();
                assertThat(counts.runsByKey()).as("runs at the simulator, by key").containsOnlyKeys(keys)
                        .allSatisfy((key, runs) -> assertThat(runs).as("runs of " + key).singleElement()
                                .satisfies(run -> assertThat(run.parameters()).containsEntry("orderId", key)));
                assertThat(replies.byKey()).as("replies, by key").containsOnlyKeys(keys);
                // every run followed to its end by some instance, the killed one's too; its outcome delivered once: a
                // second delivery only where an instance died delivering it, and saying so
                assertThat(outcomes.byKey()).as("outcomes, by key").containsOnlyKeys(keys).allSatisfy((key, delivered) -> {
                    assertThat(delivered.get(0)).satisfies(outcome -> {
                        assertThat(outcome.getStringProperty(RunOutcome.RUN_ID)).isEqualTo(key);
                        assertThat(outcome.getStringProperty(RunOutcome.STATUS)).isEqualTo("SUCCEEDED");
                        assertThat(outcome.getStringProperty(RunOutcome.ERROR)).isNull();
                    });
                    assertThat(delivered.subList(1, delivered.size())).as("outcomes of %s delivered again", key)
                            .allSatisfy(again -> assertThat(again.getIntProperty(RunOutcome.DELIVERY_ATTEMPT)).isGreaterThan(1));
                });
                // no run left unfollowed: nothing waiting, being sent or in doubt in the journal
                assertThat(journal).as("journal rows by state").containsOnlyKeys("DELIVERED").containsEntry("DELIVERED", (long) REQUESTS);
            } catch (Throwable failure) {
                System.out.println(scaledOut.tails(40));
                throw failure;
            }
        } finally {
            System.out.printf("  (the whole test took %d s)%n", Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        }
    }
}
