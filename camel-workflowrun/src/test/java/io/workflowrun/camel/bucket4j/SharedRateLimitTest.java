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
package io.workflowrun.camel.bucket4j;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limit over PostgreSQL: both instances' stores over one database. */
class SharedRateLimitTest extends SharedRateLimitTestSupport {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Override
    RateLimitStore store(int instance) {
        return Bucket4jRateLimitStore.postgresql(postgres.getPostgresDatabase());
    }

    @Test
    void theStoreHoldsNoCredential() throws Exception {
        Producer producer = producer(instance(store(0)));
        assertThat(send(producer).getException()).isNull();

        List<String> keys = new ArrayList<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, state FROM " + Bucket4jRateLimitStore.TABLE)) {
            while (rows.next()) {
                keys.add(rows.getString("id"));
                String state = new String(rows.getBytes("state"), StandardCharsets.ISO_8859_1);
                assertThat(state).doesNotContain(WorkflowRunSimulator.ACCESS_KEY).doesNotContain(WorkflowRunSimulator.SECRET_KEY);
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key)
                .matches(PROVIDER + ":[0-9a-f]{64}")
                .doesNotContain(WorkflowRunSimulator.ACCESS_KEY)
                .doesNotContain(WorkflowRunSimulator.SECRET_KEY));
    }

    @Test
    void aStoppedDatabaseFailsTheCallUnsentNamingTheStore() throws Exception {
        EmbeddedPostgres own = EmbeddedPostgres.builder().start();
        Producer producer;
        try {
            producer = producer(instance(Bucket4jRateLimitStore.postgresql(own.getPostgresDatabase())));
            Exchange first = send(producer);
            assertThat(first.getException()).isNull();
        } finally {
            own.close();
        }

        Exchange second = send(producer);

        assertThat(second.getException()).isInstanceOf(WorkflowRunNotSentException.class)
                .hasMessageContaining("rateLimitStore")
                .hasMessageContaining(Bucket4jRateLimitStore.TABLE);
        assertThat(second.getException().getMessage()).doesNotContain(WorkflowRunSimulator.SECRET_KEY);
        assertThat(SIMULATOR.simulator().requests(PROVIDER)).as("calls that reached the provider").hasSize(1);
    }
}
