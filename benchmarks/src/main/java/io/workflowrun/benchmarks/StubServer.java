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

import java.io.Closeable;
import java.io.IOException;

/**
 * A benchmark target that answers every request on a port with one canned answer and verifies nothing, so that it
 * costs as little CPU as it can and the clients, not the target, set the pace. {@link StubProcess} runs one in a JVM
 * of its own; three kinds exist so that {@link TargetComparison} can show which is lightest.
 */
interface StubServer extends Closeable {

    /** Serves this answer on a new ephemeral port of 127.0.0.1; returns the port. */
    int listen(CannedAnswer answer) throws IOException;

    /** The kinds: {@code nio} (ours, the default), {@code httpcore} (HttpCore 5 async), {@code jdk} (com.sun.net.httpserver). */
    static StubServer of(String kind, int threads) throws IOException {
        return switch (kind) {
            case "nio" -> new NioStubServer(threads);
            case "httpcore" -> new HttpCoreStubServer(threads);
            case "jdk" -> new JdkStubServer(threads);
            default -> throw new IllegalArgumentException("unknown stub server kind " + kind + ": nio, httpcore or jdk");
        };
    }
}
