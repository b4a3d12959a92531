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
package io.workflowrun.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.grid.hazelcast.HazelcastProxyManager;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.WorkflowRunConstants;
import io.workflowrun.camel.journal.JdbcRunJournal;
import io.workflowrun.camel.journal.RunJournal;
import io.workflowrun.camel.bucket4j.Bucket4jRateLimitStore;
import io.workflowrun.camel.ratelimit.CallRateLimiter;
import io.workflowrun.camel.ratelimit.RateLimitStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * What a shared rate limit costs per trigger, beside the in-memory default, in one run: each variant is a component of
 * its own in this JVM sending the same triggers (one provider, one credential) to the stub target (a JVM of its own),
 * with a rate limit far above what it sends, so that no call waits and what differs is the reservation alone. The
 * variants take turns round by round; each figure is the median of the rounds. Writes its section into the report
 * partial (docs/src/docs/asciidoc/_partials/performance-measured.adoc), leaving the rest as {@link LoadHarness} wrote it.
 * <p>
 * A variant is one method that sets up a component ({@link #inMemory}, {@link #postgresql}, {@link #hazelcast}); the
 * report gives each a column, so another (the run journal's cost, say) is one more method and one more entry in
 * {@link #main}'s list.
 * <p>
 * Arguments: triggers per variant per round, concurrency, rounds, the AsciiDoc file to update.
 */
public final class SharedLimitCost {

    static final String SECTION = "== Shared rate limit and run journal: cost per trigger";
    /** The tag around the section's text and table: the scaling-out page includes them under its own heading. */
    static final String TAG = "shared-limit-cost";
    static final String PROVIDER = "tencent-wedata";
    /** Far above what one JVM sends: the limiter is consulted for every call, and no call waits. */
    static final int RATE_LIMIT = 1_000_000;
    private static final int WARM_UP_PASSES = 3;
    private static final String JDBC_ROUND_TRIP = "a statement executed or a commit (JDBC)";

    /**
     * One way to set the component up, and what its store did (round trips counted where the store is reached).
     *
     * @param journal a run journal, with which every trigger carries an idempotency key of its own; or null
     */
    record Variant(String name, RateLimitStore store, RunJournal journal, AtomicLong roundTrips, String roundTrip) {

        Variant(String name, RateLimitStore store, AtomicLong roundTrips, String roundTrip) {
            this(name, store, null, roundTrips, roundTrip);
        }
    }

    /** One variant's figures, the medians of its rounds. */
    record Result(String name, String roundTrip, int triggers, int errors, double cpuMicrosPerTrigger, double triggersPerSecond,
            double reservationsPerTrigger, double roundTripsPerTrigger) {
    }

    private SharedLimitCost() {
    }

    public static void main(String[] args) throws Exception {
        int triggers = Integer.parseInt(args[0]);
        int concurrency = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path report = Path.of(args[3]);

        List<AutoCloseable> resources = new ArrayList<>();
        try (ServerHandle stub = ServerHandle.stub("nio", 1)) {
            List<Variant> variants = List.of(inMemory(), postgresql(resources), hazelcast(resources), journal(resources));
            List<Result> results = measure(variants, stub.baseUrl(PROVIDER), triggers, concurrency, rounds);
            String section = section(results, triggers, concurrency, rounds);
            System.out.println(section);
            String existing = Files.exists(report) ? Files.readString(report) : "";
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, withSection(existing, section));
            System.out.println("written to " + report);
        } finally {
            for (int i = resources.size() - 1; i >= 0; i--) {
                resources.get(i).close();
            }
        }
        System.exit(0);
    }

    /** The default: no store, each component limits its calls in memory. */
    static Variant inMemory() {
        return new Variant("in memory (default)", null, new AtomicLong(), "none");
    }

    /** Bucket4j over an embedded PostgreSQL (zonky's binaries), reached through a connection pool as applications do. */
    static Variant postgresql(List<AutoCloseable> resources) throws IOException {
        AtomicLong roundTrips = new AtomicLong();
        return new Variant("PostgreSQL", Bucket4jRateLimitStore.postgresql(countingRoundTrips(embeddedPool(resources), roundTrips)),
                roundTrips, JDBC_ROUND_TRIP);
    }

    /**
     * The run journal over an embedded PostgreSQL behind a pool of its own, the rate limit in memory: each trigger
     * claims its (new) idempotency key, then records its run.
     */
    static Variant journal(List<AutoCloseable> resources) throws IOException {
        AtomicLong roundTrips = new AtomicLong();
        return new Variant("run journal (PostgreSQL)", null, JdbcRunJournal.postgresql(countingRoundTrips(embeddedPool(resources),
                roundTrips)), roundTrips, JDBC_ROUND_TRIP);
    }

    /** A PostgreSQL server of its own (zonky's binaries) behind a HikariCP pool of 4, both closed with the resources. */
    private static DataSource embeddedPool(List<AutoCloseable> resources) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        resources.add(postgres);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        resources.add(pool);
        return pool;
    }

    /**
     * Bucket4j over an embedded Hazelcast member on loopback, this JVM's own: the member owns the bucket's key, so the
     * entry processor runs without a network hop (a client, or a member not owning the key, adds one).
     */
    static Variant hazelcast(List<AutoCloseable> resources) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Config config = new Config();
        config.setClusterName("workflowrun-bench-" + UUID.randomUUID());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        HazelcastProxyManager.addCustomSerializers(config.getSerializationConfig(), 10_000);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        resources.add(member::shutdown);
        // one entry processor invocation per reservation (Bucket4j's submitToKey): counted as the reservations are
        AtomicLong invocations = new AtomicLong();
        return new Variant("Hazelcast", Bucket4jRateLimitStore.hazelcast(member, "workflowrun-rate-limit"), invocations,
                "an entry processor invocation");
    }

    /** Every variant warmed up, then measured round by round, the variants taking turns. */
    static List<Result> measure(List<Variant> variants, String baseUrl, int triggers, int concurrency, int rounds) throws Exception {
        List<CamelContext> contexts = new ArrayList<>();
        List<AsyncProducer> producers = new ArrayList<>();
        List<AtomicLong> reservations = new ArrayList<>();
        try {
            for (Variant variant : variants) {
                CamelContext context = new DefaultCamelContext();
                contexts.add(context);
                WorkflowRunComponent component = new WorkflowRunComponent();
                AtomicLong reserved = new AtomicLong();
                reservations.add(reserved);
                if (variant.store() != null) {
                    component.setRateLimitStore(counting(variant, reserved));
                }
                if (variant.journal() != null) {
                    component.setRunJournal(variant.journal());
                }
                context.addComponent("workflowrun", component);
                context.start();
                AsyncProducer producer = context.getEndpoint(Providers.sample(PROVIDER).uri(baseUrl) + "&rateLimit=" + RATE_LIMIT)
                        .createAsyncProducer();
                producer.start();
                producers.add(producer);
            }
            for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                for (AsyncProducer producer : producers) {
                    send(producer, triggers, concurrency, "warm-up-" + pass);
                }
            }
            List<List<double[]>> perVariant = new ArrayList<>();
            variants.forEach(variant -> perVariant.add(new ArrayList<>()));
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    long reservedBefore = reservations.get(i).get();
                    long roundTripsBefore = variants.get(i).roundTrips().get();
                    long cpuBefore = processCpuNanos();
                    long start = System.nanoTime();
                    int errors = send(producers.get(i), triggers, concurrency, "round-" + round);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpuMicros = (processCpuNanos() - cpuBefore) / 1e3 / triggers;
                    perVariant.get(i).add(new double[] {cpuMicros, triggers / seconds,
                        (reservations.get(i).get() - reservedBefore) / (double) triggers,
                        (variants.get(i).roundTrips().get() - roundTripsBefore) / (double) triggers, errors});
                    System.out.printf(Locale.ROOT, "round %d %s: %.1f µs CPU/trigger, %.0f triggers/s, %d errors%n", round + 1,
                            variants.get(i).name(), cpuMicros, triggers / seconds, errors);
                }
            }
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                List<double[]> rows = perVariant.get(i);
                results.add(new Result(variants.get(i).name(), variants.get(i).roundTrip(), triggers,
                        (int) rows.stream().mapToDouble(row -> row[4]).sum(), median(rows, 0), median(rows, 1), median(rows, 2),
                        median(rows, 3)));
            }
            return results;
        } finally {
            contexts.forEach(CamelContext::stop);
        }
    }

    /**
     * Sends the triggers, at most {@code concurrency} at once, each with an idempotency key of its own (the variants
     * without a journal send it to a provider without keys of its own: the key is only journaled); returns how many
     * failed.
     */
    private static int send(AsyncProducer producer, int triggers, int concurrency, String keys) throws InterruptedException {
        boolean keyed = producer.getEndpoint().getCamelContext().getComponent("workflowrun", WorkflowRunComponent.class)
                .getRunJournal() != null;
        Semaphore slots = new Semaphore(concurrency);
        AtomicInteger errors = new AtomicInteger();
        for (int n = 0; n < triggers; n++) {
            slots.acquire();
            Exchange exchange = new DefaultExchange(producer.getEndpoint().getCamelContext());
            exchange.getMessage().setBody("{\"n\": " + n + "}");
            if (keyed) {
                exchange.getMessage().setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, keys + "-" + n);
            }
            producer.process(exchange, doneSync -> {
                if (exchange.getException() != null && errors.incrementAndGet() == 1) {
                    System.err.println("first error: " + exchange.getException());
                }
                slots.release();
            });
        }
        if (!slots.tryAcquire(concurrency, 120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("triggers still unanswered after 120 s");
        }
        return errors.get();
    }

    /** The store, its reservations counted (and, where no store is reached through JDBC, its invocations as well). */
    private static RateLimitStore counting(Variant variant, AtomicLong reserved) {
        boolean invocationPerReservation = variant.roundTrip().startsWith("an entry processor");
        return (key, permitsPerSecond) -> {
            CallRateLimiter limiter = variant.store().limiter(key, permitsPerSecond);
            return new CallRateLimiter() {
                @Override
                public CompletionStage<Long> reserve(Executor blocking) {
                    reserved.incrementAndGet();
                    if (invocationPerReservation) {
                        variant.roundTrips().incrementAndGet();
                    }
                    return limiter.reserve(blocking);
                }

                @Override
                public long backlogNanos() {
                    return limiter.backlogNanos();
                }
            };
        };
    }

    /** The data source, each statement executed and each commit or rollback on its connections counted. */
    static DataSource countingRoundTrips(DataSource dataSource, AtomicLong roundTrips) {
        Set<String> counted = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "commit",
                "rollback");
        return proxy(DataSource.class, dataSource, (target, method, arguments) -> {
            Object result = invoke(target, method, arguments);
            if (result instanceof Connection connection) {
                return proxy(Connection.class, connection, (c, m, a) -> {
                    if (counted.contains(m.getName())) {
                        roundTrips.incrementAndGet();
                    }
                    Object answer = invoke(c, m, a);
                    if (answer instanceof PreparedStatement statement) {
                        return proxy(PreparedStatement.class, statement, countingStatement(counted, roundTrips));
                    }
                    if (answer instanceof Statement statement) {
                        return proxy(Statement.class, statement, countingStatement(counted, roundTrips));
                    }
                    return answer;
                });
            }
            return result;
        });
    }

    private static Handler countingStatement(Set<String> counted, AtomicLong roundTrips) {
        return (statement, method, arguments) -> {
            if (counted.contains(method.getName())) {
                roundTrips.incrementAndGet();
            }
            return invoke(statement, method, arguments);
        };
    }

    interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> handler.handle(target, method, arguments);
        return type.cast(Proxy.newProxyInstance(SharedLimitCost.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** The section: one column per variant, the first (the in-memory default) the one the others are compared with. */
    static String section(List<Result> results, int triggers, int concurrency, int rounds) {
        StringBuilder adoc = new StringBuilder("\n").append(SECTION).append("\n\n// tag::").append(TAG).append("[]\n");
        adoc.append(String.format(Locale.ROOT, "Measured by `benchmarks/run.sh` (alone: `benchmarks/run.sh -Dbench.skipJmh=true "
                                               + "-Dbench.skipLoad=true`; `io.workflowrun.benchmarks.SharedLimitCost`), on %d cores, "
                                               + "load average %.1f: %s triggers (%,d per variant per round, concurrency %d, %d rounds "
                                               + "after %d unmeasured passes, medians) from one JVM to the stub target in a JVM of its "
                                               + "own, each variant a component of its own with `rateLimit=%d`, so that every call "
                                               + "reserves a slot and none waits. The run journal's variant limits in memory and sends "
                                               + "each trigger with an idempotency key of its own: a claim, then the run recorded (no "
                                               + "wait). CPU is this whole JVM's (the component, and an "
                                               + "embedded Hazelcast member's work), not PostgreSQL's own processes. ForkJoinPool's "
                                               + "common pool had a parallelism of %d here, so Hazelcast's reservations %s.%n%n",
                Runtime.getRuntime().availableProcessors(), Report.loadAverage(), PROVIDER, triggers, concurrency, rounds,
                WARM_UP_PASSES, RATE_LIMIT, ForkJoinPool.getCommonPoolParallelism(), ForkJoinPool.getCommonPoolParallelism() > 1
                        ? "were Bucket4j's asynchronous calls" : "were blocking calls on the component's pool"));
        StringBuilder cols = new StringBuilder("3");
        StringBuilder header = new StringBuilder("| per trigger");
        for (Result result : results) {
            cols.append(",>2");
            header.append(" | ").append(result.name());
        }
        adoc.append("[cols=\"").append(cols).append("\",options=\"header\"]\n|===\n").append(header).append("\n");
        Result base = results.get(0);
        row(adoc, "CPU µs", results, r -> String.format(Locale.ROOT, "%.1f", r.cpuMicrosPerTrigger()));
        row(adoc, "CPU, × the in-memory default", results,
                r -> String.format(Locale.ROOT, "%.2f×", r.cpuMicrosPerTrigger() / base.cpuMicrosPerTrigger()));
        row(adoc, "triggers/s at concurrency " + concurrency, results, r -> String.format(Locale.ROOT, "%.0f", r.triggersPerSecond()));
        row(adoc, "triggers/s, × the in-memory default", results,
                r -> String.format(Locale.ROOT, "%.2f×", r.triggersPerSecond() / base.triggersPerSecond()));
        row(adoc, "reservations in the store", results,
                r -> r.reservationsPerTrigger() == 0 ? "none" : String.format(Locale.ROOT, "%.2f", r.reservationsPerTrigger()));
        row(adoc, "store round trips", results, r -> r.roundTrip().equals("none") ? "none"
                : String.format(Locale.ROOT, "%.2f (%s)", r.roundTripsPerTrigger(), r.roundTrip()));
        row(adoc, "errors (all rounds)", results, r -> Integer.toString(r.errors()));
        return adoc.append("|===\n// end::").append(TAG).append("[]\n").toString();
    }

    private static void row(StringBuilder adoc, String what, List<Result> results, java.util.function.Function<Result, String> cell) {
        adoc.append("| ").append(what);
        results.forEach(result -> adoc.append(" | ").append(cell.apply(result)));
        adoc.append("\n");
    }

    /** The partial with this section in place of its previous one (up to the next section), or after the rest. */
    static String withSection(String partial, String section) {
        int start = partial.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            return partial.stripTrailing() + "\n" + section;
        }
        int next = partial.indexOf("\n== ", start + 1);
        return partial.substring(0, start).stripTrailing() + "\n" + section + (next < 0 ? "" : partial.substring(next));
    }
}
