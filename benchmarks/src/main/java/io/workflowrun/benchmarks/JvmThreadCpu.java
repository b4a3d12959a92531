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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CPU time a JVM's threads have used, in all and by kind, from Linux's per-thread scheduler statistics
 * ({@code /proc/<pid>/task/<tid>/schedstat}, in ns). Both figures the JVM offers are coarser: its process CPU time
 * (OperatingSystemMXBean) counts in clock ticks of 10 ms, which is several per cent of a slice, and its compiler's
 * time (CompilationMXBean) is elapsed time, which a loaded machine inflates many times over. Threads that end take
 * their count with them, so a difference is taken thread by thread ({@link Sample#since}): a thread that ended between
 * two samples counts nothing rather than making the difference negative. Zeros where /proc is not there.
 */
final class JvmThreadCpu {

    /** HotSpot's compiler threads, their names cut to 15 characters by Linux: "C2 CompilerThre", "C1 CompilerThre". */
    private static final List<String> COMPILER = List.of("C1 CompilerThre", "C2 CompilerThre");
    /** G1's workers, marker, refinement and service threads, and the VM thread that runs the pauses. */
    private static final List<String> GC = List.of("GC Thread", "G1 ", "VM Thread");

    private JvmThreadCpu() {
    }

    /** CPU time in ns by thread ID, and which threads are the JIT compiler's and the GC's. */
    record Sample(Map<Long, Long> byThread, Set<Long> compilerThreads, Set<Long> gcThreads) {

        /** All the process's threads' CPU time. */
        long total() {
            return byThread.values().stream().mapToLong(Long::longValue).sum();
        }

        long compiler() {
            return sum(compilerThreads);
        }

        long gc() {
            return sum(gcThreads);
        }

        private long sum(Set<Long> threads) {
            return threads.stream().mapToLong(tid -> byThread.getOrDefault(tid, 0L)).sum();
        }

        /** The CPU time the threads of this sample used since the earlier one (threads that ended in between left out). */
        Sample since(Sample earlier) {
            Map<Long, Long> used = new HashMap<>();
            byThread.forEach((tid, nanos) -> used.put(tid, Math.max(0, nanos - earlier.byThread.getOrDefault(tid, 0L))));
            return new Sample(used, compilerThreads, gcThreads);
        }
    }

    static Sample self() {
        return of(ProcessHandle.current().pid());
    }

    static Sample of(long pid) {
        Map<Long, Long> byThread = new HashMap<>();
        Set<Long> compiler = new HashSet<>();
        Set<Long> gc = new HashSet<>();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return new Sample(byThread, compiler, gc);
        }
        try (DirectoryStream<Path> each = Files.newDirectoryStream(tasks)) {
            for (Path task : each) {
                try {
                    long tid = Long.parseLong(task.getFileName().toString());
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    long nanos = Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                    String name = Files.readString(task.resolve("comm"));
                    byThread.put(tid, nanos);
                    if (COMPILER.stream().anyMatch(name::startsWith)) {
                        compiler.add(tid);
                    } else if (GC.stream().anyMatch(name::startsWith)) {
                        gc.add(tid);
                    }
                } catch (NoSuchFileException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return new Sample(Map.of(), Set.of(), Set.of());
        }
        return new Sample(byThread, compiler, gc);
    }
}
