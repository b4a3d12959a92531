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

import java.util.List;

/**
 * What a {@code text/event-stream} answer has to say, asked again and again while the stream is open: so a stream can
 * follow its run as it goes (events when they happen, keep-alive pings between them) rather than tell it all at once.
 */
@FunctionalInterface
public interface EventSource {

    /** The {@code data:} of the events due now, in order (empty while none is due); null once the stream is over. */
    List<String> due();

    /** A stream that tells these events at once and ends. */
    static EventSource of(List<String> events) {
        List<String> all = List.copyOf(events);
        boolean[] told = {false};
        return () -> {
            synchronized (told) {
                if (told[0]) {
                    return null;
                }
                told[0] = true;
                return all;
            }
        };
    }
}
