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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRun;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * One call that a {@link CallSender} sends, over one attempt or several: its one outcome, and a way for the caller to
 * give it up. The caller reads the outcome and may abandon the call; the sender and its attempts do the rest, so
 * nothing calls back into the caller but the outcome (and, for an event stream, the runs it reports).
 */
final class Sending {

    /**
     * What a call came to: a run, a failure, or both (an event stream that reported the run, then failed or ended
     * early: the run exists, it must not be started again).
     *
     * @param resendable whether the failure is one the retry policy resends (it gave up for its budget): the call
     *                   changed nothing, and the same call later may succeed
     */
    record Outcome(WorkflowRun run, Exception failure, boolean resendable) {

        /** How long the failure's answer asked to be left alone ({@code Retry-After}); 0 for no such wish. */
        long askedMillis() {
            Duration asked = RetryAfter.asked(failure);
            return asked == null ? 0 : asked.toMillis();
        }
    }

    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private final Predicate<WorkflowRun> readOn;
    /** Whether an attempt has gone out, and whether the caller gave the call up; guarded by this. */
    private boolean sent;
    private boolean abandoned;
    private volatile Runnable closeStream;
    private volatile boolean closeWanted;

    /** A call answered by the first run reported, an event stream's included. */
    Sending() {
        this(run -> false);
    }

    /**
     * A call made by the caller before it is sent, to be given up from a timer scheduled first.
     *
     * @param readOn for an event stream: told each run it reports, true to read on (the outcome is then the first run
     *               it is false for)
     */
    Sending(Predicate<WorkflowRun> readOn) {
        this.readOn = readOn;
    }

    /**
     * Completed once, with the answer, on an I/O thread or the timer's (on the caller's own thread when the call ends
     * before anything could be scheduled); never exceptionally, and never by the caller.
     */
    CompletableFuture<Outcome> outcome() {
        return outcome;
    }

    /**
     * Gives the call up: no attempt goes out from now on, so one that has not gone out never will. The outcome still
     * comes, for the caller to ignore.
     *
     * @return whether an attempt had gone out already, so that the provider may have acted on it
     */
    synchronized boolean abandon() {
        abandoned = true;
        return sent;
    }

    /**
     * Closes the call's event stream, now or as soon as it opens: for a caller that has taken its own answer (after
     * {@link #abandon()}), so that the stream does not hold a connection until its deadline.
     */
    void close() {
        closeWanted = true;
        Runnable close = closeStream;
        if (close != null) {
            close.run();
        }
    }

    /** Asked just before each attempt goes out: false once the call was given up, and then nothing is sent. */
    synchronized boolean goesOut() {
        sent |= !abandoned;
        return !abandoned;
    }

    /** For an event stream: told each run it reports; true to read on. */
    boolean readOn(WorkflowRun reported) {
        return readOn.test(reported);
    }

    /** An attempt's event stream is open: how to close it. */
    void opened(Runnable close) {
        closeStream = close;
        if (closeWanted) {
            close.run();
        }
    }

    void complete(Outcome answer) {
        outcome.complete(answer);
    }
}
