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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.camel.ratelimit.RateLimitStore;

/**
 * A rate limit shared through Bucket4j's distributed buckets: one bucket per provider and credential in the store the
 * {@link ProxyManager} reaches, each reservation one transaction there. Bind one as a bean and name it in the
 * component's {@code rateLimitStore} option. Where the proxy manager has an asynchronous mode (Hazelcast) reservations
 * use it; otherwise (JDBC) they run on a small pool the component owns, so that no sending thread waits for the store.
 */
public final class Bucket4jRateLimitStore implements RateLimitStore {

    /** The table {@link #postgresql(DataSource)} uses. */
    public static final String TABLE = "workflowrun_rate_limit";
    /** Creates {@link #TABLE} where missing: run by {@link #postgresql(DataSource)}, or by whoever owns the schema. */
    public static final String CREATE_TABLE_POSTGRESQL = "CREATE TABLE IF NOT EXISTS " + TABLE
                                                         + " (id VARCHAR(200) PRIMARY KEY, state BYTEA, expires_at BIGINT)";

    /**
     * The instances' wall clock, finer than Bucket4j's millisecond clock so that 50 ms slots do not drift by truncation.
     * A JDBC store reads it (on the instance reserving) once it holds the bucket's row lock.
     */
    static final TimeMeter WALL_CLOCK = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            Instant now = Instant.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    private final ProxyManager<String> proxyManager;
    private final String name;
    private final boolean async;

    /**
     * @param proxyManager Bucket4j's proxy manager over the shared store, keyed by text; reservations use its
     *                     asynchronous mode where it has one, and otherwise run on the component's small pool
     * @param name         how errors name the store (no credentials: it is shown as is)
     */
    public Bucket4jRateLimitStore(ProxyManager<String> proxyManager, String name) {
        this(proxyManager, name, proxyManager.isAsyncModeSupported());
    }

    private Bucket4jRateLimitStore(ProxyManager<String> proxyManager, String name, boolean async) {
        this.proxyManager = proxyManager;
        this.name = name;
        this.async = async;
    }

    /**
     * A store in PostgreSQL: Bucket4j's {@code SELECT ... FOR UPDATE} proxy manager over the data source, on table
     * {@link #TABLE}, which this creates where missing.
     *
     * @throws IllegalStateException when the table cannot be created (the database cannot be reached, or the user
     *                               may not create tables: then create it with {@link #CREATE_TABLE_POSTGRESQL})
     */
    public static Bucket4jRateLimitStore postgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE_POSTGRESQL);
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit store PostgreSQL table " + TABLE + " could not be created ("
                                            + e.getMessage() + "): create it with " + CREATE_TABLE_POSTGRESQL, e);
        }
        ProxyManager<String> proxyManager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(WALL_CLOCK)
                .build();
        return new Bucket4jRateLimitStore(proxyManager, "PostgreSQL table " + TABLE);
    }

    /**
     * A store in a Hazelcast map: Bucket4j's entry-processor proxy manager, so that each reservation is one entry
     * processor run on the member that owns the bucket's key: submitted asynchronously, or, on a JVM whose ForkJoinPool
     * common pool has a parallelism of 1, called on the component's small pool (see the comment inside). The members
     * run Bucket4j's code, so they need Bucket4j on their classpath; register its serializers on their configuration
     * (and on a client's) with
     * {@code HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), typeIdBase)}, or Hazelcast
     * falls back to Java serialization.
     *
     * @param hazelcast a member or a client of the grid the instances share
     * @param mapName   the map holding the buckets, one entry per provider and credential
     */
    public static Bucket4jRateLimitStore hazelcast(HazelcastInstance hazelcast, String mapName) {
        // no client clock: the member owning the key reads its own as its partition thread runs each reservation, in
        // the order it runs them. A clock read by each instance as it sends would reach the member out of order, and a
        // reservation computed at an instant before the bucket's last refill answers a wait that ends too early
        ProxyManager<String> proxyManager = Bucket4jHazelcast.entryProcessorBasedBuilder(hazelcast.<String, byte[]> getMap(mapName))
                .build();
        // Hazelcast continues an asynchronous call on ForkJoinPool's common pool, or, where that pool has a parallelism
        // of 1 (a JVM that sees 2 CPUs or fewer), on a new thread for each answer: measured there, 1.4 ms of CPU per
        // reservation against 0.25 ms for a blocking call on the component's pool, which is what such a JVM gets
        boolean async = ForkJoinPool.getCommonPoolParallelism() > 1;
        return new Bucket4jRateLimitStore(proxyManager, "Hazelcast map " + mapName, async);
    }

    @Override
    public CallRateLimiter limiter(String key, double permitsPerSecond) {
        long intervalNanos = (long) (1_000_000_000L / permitsPerSecond);
        // one token, refilled at the rate: calls spaced evenly as the in-memory limiter spaces them, no burst
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(1).refillGreedy(1, Duration.ofNanos(intervalNanos)))
                .build();
        if (async) {
            CompletableFuture<BucketConfiguration> answered = CompletableFuture.completedFuture(configuration);
            return new Bucket4jRateLimiter(proxyManager.asAsync().builder().build(key, () -> answered), name);
        }
        return new Bucket4jRateLimiter(proxyManager.builder().build(key, () -> configuration), name);
    }

    @Override
    public String toString() {
        return "Bucket4jRateLimitStore[" + name + "]";
    }
}
