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
import java.util.ArrayList;
import java.util.List;

/** The harness's side of a {@link ClientProcess}. */
final class ClientHandle implements AutoCloseable {

    private final ChildJvm jvm;
    private final String client;
    private final List<String> providers;

    /**
     * @param kind       {@code component}, {@code raw} or {@code sdk}
     * @param jvmOptions its JVM's options
     */
    ClientHandle(String kind, ServerHandle target, int concurrency, List<String> jvmOptions) throws IOException {
        List<String> args = new ArrayList<>(List.of(kind, Integer.toString(concurrency), Long.toString(target.pid())));
        for (String provider : target.providers()) {
            args.add(provider + "," + target.baseUrl(provider) + "," + target.port(provider));
        }
        jvm = new ChildJvm(jvmOptions, ClientProcess.class, args);
        client = ClientRunner.KINDS.get(kind);
        providers = jvm.ask("providers");
    }

    String client() {
        return client;
    }

    List<String> providers() {
        return providers;
    }

    void slice(String provider, int round, int count) throws IOException {
        jvm.ask("slice " + provider + " " + round + " " + count);
    }

    Measurement.Result result(String provider, int round) throws IOException {
        return Measurement.Result.decode(jvm.ask("result " + provider + " " + round).get(0));
    }

    /** Its JVM's CPU time and its JIT compiler's, in ns. */
    long[] cpu() throws IOException {
        String[] words = jvm.ask("cpu").get(0).split(" ");
        return new long[] {Long.parseLong(words[0]), Long.parseLong(words[1])};
    }

    @Override
    public void close() throws InterruptedException {
        jvm.close();
    }
}
