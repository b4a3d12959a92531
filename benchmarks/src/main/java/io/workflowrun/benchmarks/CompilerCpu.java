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

/**
 * The CPU time this JVM's JIT compiler threads have used, from Linux's per-thread scheduler statistics
 * ({@code /proc/self/task/<tid>/schedstat}, in ns). The JVM's own figure (CompilationMXBean) is elapsed time, which a
 * loaded machine inflates many times over; this one is the CPU the compiler took from the client measured.
 * Compiler threads that end take their count with them: the harness runs with
 * {@code -XX:-UseDynamicNumberOfCompilerThreads}. Zero where /proc is not there.
 */
final class CompilerCpu {

    private static final Path TASKS = Path.of("/proc/self/task");

    private CompilerCpu() {
    }

    static long nanos() {
        if (!Files.isDirectory(TASKS)) {
            return 0;
        }
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    // HotSpot names them "C1 CompilerThread0", "C2 CompilerThread1"..., cut to 15 characters
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        String schedstat = Files.readString(task.resolve("schedstat"));
                        total += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                    }
                } catch (NoSuchFileException e) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
    }
}
