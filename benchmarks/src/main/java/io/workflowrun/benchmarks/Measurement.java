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

/** Wall time, latencies, process CPU time and peak heap of one load run. */
final class Measurement {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    final long[] latencies;
    private long startNanos;
    private long startCpu;

    Measurement(int n) {
        latencies = new long[n];
    }

    void start() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        startCpu = OS.getProcessCpuTime();
        startNanos = System.nanoTime();
    }

    Result stop(String provider, String client, int errors) {
        long wall = System.nanoTime() - startNanos;
        long cpu = OS.getProcessCpuTime() - startCpu;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return new Result(provider, client, n, errors, n / (wall / 1e9), sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6, cpu / 1e3 / n, peakHeapMb());
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

    /** One run: throughput in triggers/s, latencies in ms, CPU in µs per trigger, heap in MB. */
    record Result(String provider, String client, int n, int errors, double throughput, double p50, double p99,
            double cpuMicrosPerTrigger, double peakHeapMb) {
    }
}
