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
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults at a rate: whether the n-th request (in order of arrival) gets a fault, and which, is a function of the seed
 * and n alone, so a run with the same seed and the same arrival order gets the same faults.
 */
final class FaultSchedule {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final double rate;
    private final long seed;
    private final List<Fault> faults;
    private final AtomicLong arrivals = new AtomicLong();

    FaultSchedule(double rate, long seed, List<Fault> faults) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("A fault rate is 0 to 1, not " + rate);
        }
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("Name at least one fault to inject");
        }
        this.rate = rate;
        this.seed = seed;
        this.faults = List.copyOf(faults);
    }

    /** The fault for the next request, or null for none. */
    Fault next() {
        long n = arrivals.getAndIncrement();
        SplittableRandom draw = new SplittableRandom(seed + n * GOLDEN_GAMMA);
        if (draw.nextDouble() >= rate) {
            return null;
        }
        return faults.get(draw.nextInt(faults.size()));
    }
}
