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

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;

/**
 * A slice of the trigger load in a flight recording: {@link ProfileSummary} bills each execution sample to the client
 * whose slice it fell in (the clients take turns, so only one runs at a time). Costs nothing when nothing records.
 */
@Name("io.workflowrun.benchmarks.Slice")
@Label("Benchmark slice")
@Category("camel-workflowrun benchmarks")
final class SliceEvent extends Event {

    @Label("Provider")
    String provider;
    @Label("Client")
    String client;
    @Label("Triggers")
    int calls;
    @Label("Measured (not warm-up)")
    boolean measured;

    SliceEvent(String provider, String client, int calls, boolean measured) {
        this.provider = provider;
        this.client = client;
        this.calls = calls;
        this.measured = measured;
    }
}
