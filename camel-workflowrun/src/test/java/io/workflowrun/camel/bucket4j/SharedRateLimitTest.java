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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.workflowrun.camel.model.WorkflowRunNotSentException;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.workflowrun.simulator.WorkflowRunSimulator;
import io.workflowrun.simulator.airflow.AirflowHandler;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared rate limit over PostgreSQL: every instance's store over a connection pool of its own to one database. */
class SharedRateLimitTest extends SharedRateLimitTestSupport {

    private static EmbeddedPostgres postgres;
    private final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @AfterEach
    void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    @Override
    RateLimitStore store(int instance) {
        return Bucket4jRateLimitStore.postgresql(pool());
    }

    /** An instance's connection pool, as an application has one. */
    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(5_000);
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /**
     * A provider whose calls wait for an access token: the token's answer arrives on an HTTP client I/O thread, which
     * then sends the calls waiting for it. Their reservations' transactions run on the component's store pool all the
     * same, never on that thread (nor on the timer).
     */
    @Test
    void noTransactionRunsOnAnHttpClientIoThread() throws Exception {
        HikariDataSource pool = pool();
        Set<String> transactionThreads = ConcurrentHashMap.newKeySet();
        DataSource recording = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
                (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        transactionThreads.add(Thread.currentThread().getName());
                    }
                    try {
                        return method.invoke(pool, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        CamelContext context = instance(Bucket4jRateLimitStore.postgresql(recording));
        transactionThreads.clear();
        ProducerTemplate template = context.createProducerTemplate();
        String uri = "workflowrun:airflow:" + AirflowHandler.DAG_ID + "?rateLimit=" + RATE + "&username="
                     + WorkflowRunSimulator.ACCESS_KEY + "&password=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")&baseUrl="
                     + SIMULATOR.simulator().baseUrl("airflow");
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(template.asyncSend(uri, exchange -> exchange.getMessage().setBody("{}")));
        }

        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get(10, TimeUnit.SECONDS).getException()).isNull();
        }
        System.out.println("threads that ran the rate limit's transactions: " + transactionThreads);
        assertThat(transactionThreads).isNotEmpty()
                .allSatisfy(thread -> assertThat(thread).contains("WorkflowRunRateLimitStore").doesNotContain("workflowrun-io"));

        // the pool ends with its component (the context stops every pool it made anyway)
        context.getComponent("workflowrun").stop();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!storeThreads(context).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(storeThreads(context)).as("the store's threads once the component stopped").isEmpty();
    }

    private static List<String> storeThreads(CamelContext context) {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(name -> name.startsWith("Camel (" + context.getName() + ")") && name.endsWith("WorkflowRunRateLimitStore"))
                .toList();
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
        // the other tests' keys too (another provider's): none holds a credential
        assertThat(keys).anyMatch(key -> key.startsWith(PROVIDER + ":")).allSatisfy(key -> assertThat(key)
                .matches("[a-z-]+:[0-9a-f]{64}")
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
