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

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One client's share of one round, in the client's own JVM: the slices it ran, summed. CPU is the CPU time of all
 * the JVM's threads over the slices ({@link JvmThreadCpu}), less its JIT compiler threads' (kept apart: still compiling is a state of the JVM, not a cost
 * of the client); GC included, since the client's JVM runs nothing else, so that it pays for all the garbage it
 * makes. A small young generation (-Xmn32m) keeps what one slice leaves to the next slice of the same JVM small. The
 * server's CPU, read from outside its JVM, is kept apart too.
 */
final class Measurement {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    final String provider;
    final String client;
    private final LongSupplier serverCpu;
    /** Each call's latency in ns, by call index; room is made before each slice, never during one. */
    long[] latencies = new long[0];
    private int done;
    private int errors;
    private long wall;
    private long cpu;
    private long compiler;
    private long gc;
    private long server;
    private long allocated;
    private long startNanos;
    private JvmThreadCpu.Sample startCpu;
    private long startServer;
    private long startAllocated;

    /** {@code serverCpu} reads the server JVM's CPU time in ns. */
    Measurement(String provider, String client, LongSupplier serverCpu) {
        this.provider = provider;
        this.client = client;
        this.serverCpu = serverCpu;
    }

    /** How many calls the slices so far made: the index of the next slice's first call. */
    int done() {
        return done;
    }

    void startSlice(int calls) {
        latencies = Arrays.copyOf(latencies, done + calls);
        startServer = serverCpu.getAsLong();
        startAllocated = THREADS.getTotalThreadAllocatedBytes();
        startCpu = JvmThreadCpu.self();
        startNanos = System.nanoTime();
    }

    void stopSlice(int calls, int failed) {
        wall += System.nanoTime() - startNanos;
        JvmThreadCpu.Sample used = JvmThreadCpu.self().since(startCpu);
        allocated += THREADS.getTotalThreadAllocatedBytes() - startAllocated;
        cpu += used.total();
        compiler += used.compiler();
        gc += used.gc();
        server += serverCpu.getAsLong() - startServer;
        done += calls;
        errors += failed;
    }

    Result result(int round) {
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Result(provider, client, round, n, errors, n / (wall / 1e9), sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, (cpu - compiler) / 1e3 / n,
                allocated / 1024.0 / n, gc / 1e3 / n, server / 1e3 / n, compiler / 1e3 / n);
    }

    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1024.0 / 1024.0;
    }

    /**
     * One client's round: throughput in triggers/s (calls over the slices' summed wall time), latencies in ms; per
     * trigger, the client's CPU in µs (less the JIT's), its allocation in KB, the part of its CPU that is GC, the
     * server's CPU and the JIT's in µs.
     */
    record Result(String provider, String client, int round, int n, int errors, double throughput, double p50, double p99,
            double cpuMicrosPerTrigger, double allocatedKbPerTrigger, double gcMicrosPerTrigger, double serverCpuMicrosPerTrigger,
            double jitMicrosPerTrigger) {

        /** One line, tab-separated, for a child JVM to hand its results to the harness. */
        String encode() {
            return String.join("\t", provider, client, Integer.toString(round), Integer.toString(n), Integer.toString(errors),
                    number(throughput), number(p50), number(p99), number(cpuMicrosPerTrigger), number(allocatedKbPerTrigger),
                    number(gcMicrosPerTrigger), number(serverCpuMicrosPerTrigger), number(jitMicrosPerTrigger));
        }

        static Result decode(String line) {
            String[] f = line.split("\t");
            return new Result(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[11]), Double.parseDouble(f[12]));
        }

        private static String number(double value) {
            return String.format(Locale.ROOT, "%.4f", value);
        }
    }
}
