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
import java.util.function.LongSupplier;

/**
 * One client's share of one round: the slices it ran, summed. Each slice starts after a GC, so that it pays for the
 * garbage it makes (the young collections during the slice) and not for what the client before it left behind; the
 * GC between slices is billed to no one. CPU is the client JVM's process CPU time, less its JIT compiler threads';
 * the server's, read from outside its JVM, and the compiler's are kept apart.
 */
final class Measurement {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    final long[] latencies;
    private final LongSupplier serverCpu;
    private int done;
    private int errors;
    private long wall;
    private long cpu;
    private long server;
    private long allocated;
    private long compiler;
    private double peakHeapMb;
    private long startNanos;
    private long startCpu;
    private long startServer;
    private long startAllocated;
    private long startCompiler;

    /** For n calls in all; {@code serverCpu} reads the server JVM's CPU time in ns. */
    Measurement(int n, LongSupplier serverCpu) {
        latencies = new long[n];
        this.serverCpu = serverCpu;
    }

    /** How many calls the slices so far made: the index of the next slice's first call. */
    int done() {
        return done;
    }

    void startSlice() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        startServer = serverCpu.getAsLong();
        startAllocated = THREADS.getTotalThreadAllocatedBytes();
        startCompiler = CompilerCpu.nanos();
        startCpu = OS.getProcessCpuTime();
        startNanos = System.nanoTime();
    }

    void stopSlice(int calls, int failed) {
        wall += System.nanoTime() - startNanos;
        cpu += OS.getProcessCpuTime() - startCpu;
        compiler += CompilerCpu.nanos() - startCompiler;
        allocated += THREADS.getTotalThreadAllocatedBytes() - startAllocated;
        server += serverCpu.getAsLong() - startServer;
        peakHeapMb = Math.max(peakHeapMb, peakHeapMb());
        done += calls;
        errors += failed;
    }

    Result result(String provider, String client, int round) {
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Result(provider, client, round, n, errors, n / (wall / 1e9), sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, (cpu - compiler) / 1e3 / n,
                allocated / 1024.0 / n, server / 1e3 / n, compiler / 1e3 / n, peakHeapMb);
    }

    static long processCpuNanos() {
        return OS.getProcessCpuTime();
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
     * trigger, the client's CPU in µs (the JVM's, less its JIT compiler's, which is kept apart: still compiling is a
     * state of the JVM, not a cost of the client) and its allocation in KB, the server's CPU and the JIT's in µs; heap
     * in MB.
     */
    record Result(String provider, String client, int round, int n, int errors, double throughput, double p50, double p99,
            double cpuMicrosPerTrigger, double allocatedKbPerTrigger, double serverCpuMicrosPerTrigger,
            double jitMicrosPerTrigger, double peakHeapMb) {
    }
}
