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
package io.workflowrun.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback emulator of the workflow services' APIs: each provider on its own ephemeral port of 127.0.0.1, checking
 * credentials and signatures as the real service does, recording every request and every run it starts.
 * <p>
 * Start it from a test ({@code try (var sim = WorkflowRunSimulator.start()) {...}}, or the JUnit 5
 * extension {@link io.workflowrun.simulator.junit.WorkflowRunSimulatorExtension}) or from the command line (its {@code main} prints the base
 * URLs and runs until stopped).
 */
public final class WorkflowRunSimulator implements SimulatorContext, AutoCloseable {

    /** How long the gateway in front of a hosted service waits for its answer by default (Dify Cloud's: 100 s). */
    public static final Duration DEFAULT_GATEWAY_TIMEOUT = Duration.ofSeconds(100);
    /** The access key (or API key) every provider accepts by default. */
    public static final String ACCESS_KEY = "sim-access-key";
    /** The secret that goes with {@link #ACCESS_KEY}. */
    public static final String SECRET_KEY = "sim-secret-key";
    /** The API key the bearer-token providers accept by default. */
    public static final String API_KEY = "sim-api-key";

    static {
        // the JDK server otherwise waits ~40 ms (Nagle) on each keep-alive answer; must be set before its first use
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // and it closes idle keep-alive connections past 200, which a pooling client may be reusing at that moment
        System.setProperty("sun.net.httpserver.maxIdleConnections", "4096");
    }

    /** How often an open stream pings while it has nothing to say (Dify: every 10 s; sooner here, to notice a client gone). */
    private static final Duration PING_INTERVAL = Duration.ofSeconds(1);
    /** How often an open stream asks its source for news. */
    private static final Duration STREAM_TICK = Duration.ofMillis(10);

    private final Map<String, ProviderHandler> handlers = new TreeMap<>();
    private final Map<String, HttpServer> servers = new TreeMap<>();
    private final Map<String, Map<String, String>> keys = new ConcurrentHashMap<>();
    /** One-shot answers and faults, in the order injected: each is a {@link SimulatorResponse} or a {@link Fault}. */
    private final Map<String, Queue<Object>> injected = new ConcurrentHashMap<>();
    private final Map<String, FaultSchedule> schedules = new ConcurrentHashMap<>();
    private final Queue<Recorded> requests = new ConcurrentLinkedQueue<>();
    private final Queue<SimulatedRun> runs = new ConcurrentLinkedQueue<>();
    private final Map<String, SimulatedRun> runsById = new ConcurrentHashMap<>();
    /** When each cancelled run was cancelled. */
    private final Map<String, Instant> cancelledAt = new ConcurrentHashMap<>();
    private final Map<String, RunState> outcomes = new ConcurrentHashMap<>();
    private volatile Duration pending = Duration.ZERO;
    private volatile Duration running = Duration.ZERO;
    private volatile Duration waiting = Duration.ZERO;
    private volatile Duration gatewayTimeout = DEFAULT_GATEWAY_TIMEOUT;
    private final ExecutorService executor;
    private volatile Clock clock = Clock.systemUTC();

    private WorkflowRunSimulator(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "workflowrun-sim-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (ProviderHandler handler : ServiceLoader.load(ProviderHandler.class, WorkflowRunSimulator.class.getClassLoader())) {
            handlers.put(handler.id(), handler);
            keys.put(handler.id(), new ConcurrentHashMap<>(Map.of(ACCESS_KEY, SECRET_KEY, API_KEY, API_KEY)));
            injected.put(handler.id(), new ConcurrentLinkedQueue<>());
        }
    }

    /** Starts every provider on its own ephemeral loopback port. */
    public static WorkflowRunSimulator start() {
        return start(8);
    }

    /** Starts with this many server threads (more for load tests). */
    public static WorkflowRunSimulator start(int threads) {
        WorkflowRunSimulator simulator = new WorkflowRunSimulator(threads);
        try {
            simulator.listen();
        } catch (IOException e) {
            simulator.close();
            throw new IllegalStateException("Cannot start the simulator on 127.0.0.1", e);
        }
        return simulator;
    }

    private void listen() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (ProviderHandler handler : handlers.values()) {
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, 0), 1024);
            server.createContext("/", exchange -> serve(handler, exchange));
            server.setExecutor(executor);
            server.start();
            servers.put(handler.id(), server);
        }
    }

    /** The provider ids served. */
    public List<String> providers() {
        return List.copyOf(handlers.keySet());
    }

    /** The handler that answers for a provider, for a test to set what only that provider has (e.g. a token's lifetime). */
    public ProviderHandler handler(String provider) {
        return handlers.get(requireKnown(provider));
    }

    /** The port a provider is served on. */
    public int port(String provider) {
        return server(provider).getAddress().getPort();
    }

    /** The base URL to configure for a provider, e.g. {@code http://127.0.0.1:41234/v1} for Dify. */
    public String baseUrl(String provider) {
        return "http://127.0.0.1:" + port(provider) + handlers.get(provider).basePath();
    }

    /**
     * A ready-to-paste endpoint URI that starts runs on this provider here: its {@link #sample sample}'s workflow,
     * settings (region, project, team, ...) and keys, every value in {@code RAW(...)}, and this simulator's base URL.
     */
    public String endpointUri(String provider) {
        return sample(requireKnown(provider)).uri(baseUrl(provider));
    }

    /**
     * Prints what a route needs to use this simulator: the simulator-only keys, then for each provider its base URL and
     * {@link #endpointUri endpoint URI} on a line of its own (what {@link #main} prints).
     */
    public void printEndpoints(PrintStream out) {
        out.println("workflowrun simulator on 127.0.0.1; simulator-only credentials: accessKey=" + ACCESS_KEY + " secretKey="
                    + SECRET_KEY + " apiKey=" + API_KEY);
        out.println("Each provider's base URL, then an endpoint URI to paste into a route (its sample workflow, settings and keys):");
        for (String provider : providers()) {
            out.println();
            out.println(provider + " " + baseUrl(provider));
            out.println(endpointUri(provider));
        }
    }

    /**
     * The handler that serves a provider, for the settings that are its own (e.g. how long the tokens it issues live).
     *
     * @throws IllegalArgumentException for a provider the simulator does not emulate, or one served by another type
     */
    public <T extends ProviderHandler> T handler(String provider, Class<T> type) {
        ProviderHandler handler = handlers.get(requireKnown(provider));
        if (!type.isInstance(handler)) {
            throw new IllegalArgumentException("Provider '" + provider + "' is served by " + handler.getClass().getName() + ", not "
                                               + type.getName());
        }
        return type.cast(handler);
    }

    /** Accept another key for a provider. */
    public void addKey(String provider, String accessKey, String secretKey) {
        keys.get(requireKnown(provider)).put(accessKey, secretKey);
    }

    /** Answer the next request to this provider with this response instead of handling it (it is still recorded). */
    public void injectNext(String provider, SimulatorResponse response) {
        injected.get(requireKnown(provider)).add(response);
    }

    /** Apply this fault to the next request to this provider (after any one-shot answers or faults injected before). */
    public void injectNext(String provider, Fault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("Name the fault to inject");
        }
        injected.get(requireKnown(provider)).add(fault);
    }

    /**
     * From now on, give each request to this provider a fault with probability {@code rate}, picked evenly from
     * {@code faults}. Deterministic: whether the n-th request to arrive gets a fault, and which, depends only on the
     * seed and n. One-shot answers and faults ({@code injectNext}) go first. Replaces the provider's previous schedule.
     */
    public void injectFaults(String provider, double rate, long seed, Fault... faults) {
        schedules.put(requireKnown(provider), new FaultSchedule(rate, seed, List.of(faults)));
    }

    /** Stops the faults injected at a rate, and drops one-shot answers and faults not yet used, for this provider. */
    public void clearFaults(String provider) {
        schedules.remove(requireKnown(provider));
        injected.get(provider).clear();
    }

    /**
     * How long runs started from now on stay PENDING, then RUNNING, before their outcome. Both zero by default: a run
     * has ended by the time its start is answered.
     */
    public void setTimeline(Duration pending, Duration running) {
        this.pending = pending;
        this.running = running;
    }

    /**
     * How long runs started from now on wait for a person's input once they have run, before their outcome (Dify's
     * Human Input node: the run is {@code paused}). Zero by default: runs never wait.
     */
    public void setWaiting(Duration waiting) {
        this.waiting = waiting == null ? Duration.ZERO : waiting;
    }

    /**
     * How long the gateway in front of a service waits for an answer before it answers in the service's place (Dify's
     * blocking mode: HTTP 504 from Dify Cloud's gateway, while the run goes on). {@link #DEFAULT_GATEWAY_TIMEOUT} by default.
     */
    public void setGatewayTimeout(Duration gatewayTimeout) {
        this.gatewayTimeout = gatewayTimeout == null ? DEFAULT_GATEWAY_TIMEOUT : gatewayTimeout;
    }

    @Override
    public Duration gatewayTimeout() {
        return gatewayTimeout;
    }

    /** How runs of this workflow started from now on end: SUCCEEDED (the default), FAILED, or RUNNING for never. */
    public void setOutcome(String workflowId, RunState outcome) {
        if (outcome == RunState.PENDING || outcome == RunState.CANCELLED) {
            throw new IllegalArgumentException("An outcome is SUCCEEDED, FAILED or RUNNING (never ends), not " + outcome);
        }
        outcomes.put(workflowId, outcome);
    }

    /** Checks timestamps against this clock from now on (until {@link #reset()}). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Every request received so far, in order of arrival. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The requests one provider received. */
    public List<Recorded> requests(String provider) {
        return requests.stream().filter(r -> r.request().provider().equals(provider)).toList();
    }

    /** Every run started so far. */
    public List<SimulatedRun> runs() {
        return List.copyOf(runs);
    }

    /** The runs started at one provider. */
    public List<SimulatedRun> runs(String provider) {
        return runs.stream().filter(r -> r.provider().equals(provider)).toList();
    }

    /**
     * Forgets recorded requests, runs, outcomes, the timeline (waiting and the gateway timeout too), injected answers
     * not yet used and the handlers' own settings, and goes back to the system clock.
     */
    public void reset() {
        requests.clear();
        runs.clear();
        runsById.clear();
        cancelledAt.clear();
        outcomes.clear();
        pending = Duration.ZERO;
        running = Duration.ZERO;
        waiting = Duration.ZERO;
        gatewayTimeout = DEFAULT_GATEWAY_TIMEOUT;
        clock = Clock.systemUTC();
        injected.values().forEach(Queue::clear);
        schedules.clear();
        handlers.values().forEach(ProviderHandler::reset);
    }

    @Override
    public String secretOf(String provider, String accessKey) {
        Map<String, String> known = keys.get(provider);
        return known == null || accessKey == null ? null : known.get(accessKey);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SimulatedRun startRun(String provider, String workflowId, String runId, Map<String, Object> parameters) {
        SimulatedRun run = new SimulatedRun(provider, workflowId, runId,
                parameters == null ? Map.of() : Collections.unmodifiableMap(parameters), clock.instant(), pending, running, waiting,
                workflowId == null ? RunState.SUCCEEDED : outcomes.getOrDefault(workflowId, RunState.SUCCEEDED));
        runs.add(run);
        runsById.put(key(provider, runId), run);
        return run;
    }

    @Override
    public SimulatedRun run(String provider, String runId) {
        return runId == null ? null : runsById.get(key(provider, runId));
    }

    @Override
    public RunState stateOf(SimulatedRun run) {
        return cancelledAt.containsKey(key(run.provider(), run.runId())) ? RunState.CANCELLED : run.stateAt(clock.instant());
    }

    @Override
    public Instant endOf(SimulatedRun run, RunState state) {
        if (state == RunState.CANCELLED) {
            return cancelledAt.get(key(run.provider(), run.runId()));
        }
        return state.isTerminal() ? run.endsAt() : null;
    }

    @Override
    public boolean cancel(SimulatedRun run) {
        synchronized (run) {
            if (stateOf(run).isTerminal()) {
                return false;
            }
            cancelledAt.put(key(run.provider(), run.runId()), clock.instant());
            return true;
        }
    }

    /** The state of a run now, for tests; null when the simulator started no such run. */
    public RunState stateOf(String provider, String runId) {
        SimulatedRun run = run(provider, runId);
        return run == null ? null : stateOf(run);
    }

    private static String key(String provider, String runId) {
        return provider + '\u0000' + runId;
    }

    // Faults apply around the handler, so handlers stay unaware of them. A handler that throws IOException makes the
    // JDK server close the connection without an answer: that is how the dropping faults drop it.
    private void serve(ProviderHandler handler, HttpExchange exchange) throws IOException {
        try (exchange) {
            Object injectedNext = injected.get(handler.id()).poll();
            Fault fault = injectedNext instanceof Fault f ? f : injectedNext == null ? scheduledFault(handler.id()) : null;
            if (fault != null && fault.kind() == Fault.Kind.DROP_BEFORE_READ) {
                requests.add(new Recorded(request(handler.id(), exchange, new byte[0]), -1, fault));
                throw new IOException("simulated: connection dropped before the request body was read");
            }
            SimulatorRequest request = read(handler.id(), exchange);
            SimulatorResponse response;
            if (injectedNext instanceof SimulatorResponse injectedResponse) {
                response = injectedResponse;
            } else if (fault != null && !fault.reachesHandler()) {
                response = fault.answer(request, handler);
            } else {
                response = handle(handler, request);
                if (fault != null && fault.kind() == Fault.Kind.GATEWAY_TIMEOUT) {
                    response = fault.answer(request, handler);
                }
            }
            boolean dropped = response.isNoAnswer() || fault != null && fault.kind() == Fault.Kind.DROP_AFTER_RUN;
            requests.add(new Recorded(request, dropped ? -1 : response.status(), fault));
            if (dropped) {
                throw new IOException("simulated: connection dropped after the request was read");
            }
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                pause(fault.delay());
            }
            if (fault != null && fault.kind() == Fault.Kind.TRUNCATED_BODY) {
                writeTruncated(exchange, response);
                throw new IOException("simulated: connection dropped in the middle of the answer");
            }
            write(exchange, response);
        }
    }

    private SimulatorResponse handle(ProviderHandler handler, SimulatorRequest request) {
        try {
            return handler.handle(request, this);
        } catch (RuntimeException e) {
            return SimulatorResponse.text(500, "text/plain", "simulator handler failed: " + e);
        }
    }

    private Fault scheduledFault(String provider) {
        FaultSchedule schedule = schedules.get(provider);
        return schedule == null ? null : schedule.next();
    }

    private static void pause(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simulated delay interrupted", e);
        }
    }

    /**
     * Announces the whole body, sends half of it (at least one byte short), and leaves the caller to drop the connection.
     * A stream is cut halfway through the last of the events it has at once: those before it arrive whole.
     */
    private static void writeTruncated(HttpExchange exchange, SimulatorResponse response) throws IOException {
        byte[] body = response.body();
        int sent = body.length / 2;
        if (response.events() != null) {
            List<String> due = response.events().due();
            String whole = due == null ? "" : due.stream().map(WorkflowRunSimulator::event).collect(Collectors.joining());
            String last = due == null || due.isEmpty() ? "" : event(due.get(due.size() - 1));
            body = whole.getBytes(StandardCharsets.UTF_8);
            sent = body.length - last.getBytes(StandardCharsets.UTF_8).length / 2 - 1;
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        int announced = Math.max(body.length, 1) + 1;
        exchange.sendResponseHeaders(response.status(), announced);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, Math.max(0, sent));
        out.flush();
    }

    /** One server-sent event carrying this data. */
    private static String event(String data) {
        return "data: " + data + "\n\n";
    }

    private SimulatorRequest read(String provider, HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return request(provider, exchange, body);
    }

    private SimulatorRequest request(String provider, HttpExchange exchange, byte[] body) {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return new SimulatorRequest(provider, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Collections.unmodifiableMap(headers), body, clock.instant());
    }

    private static void write(HttpExchange exchange, SimulatorResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (response.events() != null) {
            exchange.sendResponseHeaders(response.status(), 0);
            writeStream(exchange.getResponseBody(), response.events());
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        if (response.body().length > 0) {
            exchange.getResponseBody().write(response.body());
        }
    }

    /**
     * Writes events as the source has them, with a keep-alive ping (Dify's {@code event: ping}) when there was nothing to
     * say for a while, until the source ends or the client is gone (a write then fails).
     */
    private static void writeStream(OutputStream out, EventSource source) throws IOException {
        long quietSince = System.nanoTime();
        for (List<String> due = source.due(); due != null; due = source.due()) {
            for (String data : due) {
                out.write(event(data).getBytes(StandardCharsets.UTF_8));
            }
            if (!due.isEmpty()) {
                out.flush();
                quietSince = System.nanoTime();
                continue;
            }
            if (System.nanoTime() - quietSince >= PING_INTERVAL.toNanos()) {
                out.write("event: ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                quietSince = System.nanoTime();
            }
            pause(STREAM_TICK);
        }
    }

    private HttpServer server(String provider) {
        HttpServer server = servers.get(requireKnown(provider));
        if (server == null) {
            throw new IllegalStateException("The simulator is not started");
        }
        return server;
    }

    private String requireKnown(String provider) {
        if (!handlers.containsKey(provider)) {
            throw new IllegalArgumentException("The simulator has no provider '" + provider + "'; it has " + handlers.keySet());
        }
        return provider;
    }

    @Override
    public void close() {
        servers.values().forEach(server -> server.stop(0));
        servers.clear();
        executor.shutdownNow();
    }

    /**
     * A request and the status it was answered with.
     *
     * @param request the request as received (for {@link Fault#dropBeforeRead()}: headers only, no body)
     * @param status  the HTTP status answered; -1 when the connection was dropped before any answer
     * @param fault   the fault injected into it, or null
     */
    public record Recorded(SimulatorRequest request, int status, Fault fault) {

        /** A request answered without a fault. */
        public Recorded(SimulatorRequest request, int status) {
            this(request, status, null);
        }
    }

    /** Every handler's sample, by provider id, read once from the handlers found on the class path. */
    private static final class Samples {
        static final Map<String, ProviderSample> BY_PROVIDER = load();

        private static Map<String, ProviderSample> load() {
            Map<String, ProviderSample> samples = new TreeMap<>();
            for (ProviderHandler handler : ServiceLoader.load(ProviderHandler.class, WorkflowRunSimulator.class.getClassLoader())) {
                samples.put(handler.id(), handler.sample());
            }
            return Collections.unmodifiableMap(samples);
        }
    }

    /** The ids of the providers the simulator emulates (each has a handler on the class path), in name order. */
    public static List<String> providerIds() {
        return List.copyOf(Samples.BY_PROVIDER.keySet());
    }

    /**
     * The settings with which a {@code workflowrun} endpoint starts runs on this provider here: a workflow ID, the
     * provider's required options with made-up values, and the keys the simulator accepts. For tests, examples and
     * demos that run any provider by name; {@link ProviderSample#uri} makes the endpoint URI for a base URL.
     *
     * @throws IllegalArgumentException for a provider the simulator does not emulate, naming those it does
     */
    public static ProviderSample sample(String provider) {
        ProviderSample sample = Samples.BY_PROVIDER.get(provider);
        if (sample == null) {
            throw new IllegalArgumentException("The simulator has no provider '" + provider + "'; it has " + providerIds());
        }
        return sample;
    }

    /** Runs the simulator until the process is stopped, printing each provider's base URL and endpoint URI. */
    public static void main(String[] args) throws InterruptedException {
        WorkflowRunSimulator simulator = start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        simulator.printEndpoints(System.out);
        new CountDownLatch(1).await();
    }
}
