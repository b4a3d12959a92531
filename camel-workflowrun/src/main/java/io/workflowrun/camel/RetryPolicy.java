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

import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.model.WorkflowRunTransportException;
import java.util.concurrent.ThreadLocalRandom;

import io.workflowrun.camel.spi.ProviderClient;

/**
 * When a failed call may be sent again. A trigger is resent only when the provider surely started no run: the request
 * never left (no connection), or the provider refused it unprocessed (HTTP 429, its throttling codes). A trigger whose
 * request was sent but got no answer is never resent: the run may exist. Status and cancel change nothing that a
 * second call would change again, so they are also resent after no answer or a 5xx.
 */
final class RetryPolicy {

    private final int maxAttempts;
    private final long firstDelayMillis;
    private final long maxDelayMillis;
    private final long maxTotalMillis;

    RetryPolicy(int maxAttempts, long firstDelayMillis, long maxDelayMillis, long maxTotalMillis) {
        this.maxAttempts = maxAttempts;
        this.firstDelayMillis = firstDelayMillis;
        this.maxDelayMillis = maxDelayMillis;
        this.maxTotalMillis = maxTotalMillis;
    }

    static RetryPolicy of(WorkflowRunConfiguration configuration) {
        return new RetryPolicy(configuration.getMaxAttempts(), configuration.getRetryDelay(), configuration.getMaxRetryDelay(),
                configuration.getMaxRetryTime());
    }

    /** Whether this failure, of this operation, may be sent again at all. */
    static boolean isSafeToResend(Exception failure, WorkflowRunOperation operation, ProviderClient client) {
        if (failure instanceof WorkflowRunTransportException transport) {
            return !transport.isRequestSent() || operation != WorkflowRunOperation.trigger;
        }
        if (failure instanceof WorkflowRunException answer) {
            return refusedUnprocessed(client, answer)
                   || operation != WorkflowRunOperation.trigger && answer.getHttpStatus() >= 500;
        }
        return false;
    }

    /**
     * The provider's word on whether it refused the call unprocessed; a provider hook that fails says no (never resent),
     * since it runs on an I/O thread where its exception would leave the exchange unanswered.
     */
    static boolean refusedUnprocessed(ProviderClient client, WorkflowRunException answer) {
        try {
            return client.isRefusedUnprocessed(answer);
        } catch (RuntimeException e) {
            answer.addSuppressed(e);
            return false;
        }
    }

    /** The provider's word on whether the answer refuses the credentials; a provider hook that fails says no. */
    static boolean authenticationRefused(ProviderClient client, WorkflowRunException answer) {
        try {
            return client.isAuthenticationRefused(answer);
        } catch (RuntimeException e) {
            answer.addSuppressed(e);
            return false;
        }
    }

    /**
     * The wait before attempt {@code nextAttempt}, or -1 when no attempt is left: exponential from the first delay, with
     * jitter so that many senders throttled together do not come back together, and never shorter than the provider
     * asked.
     *
     * @param askedMillis the wait the provider's answer asked for ({@code Retry-After}), 0 for none
     */
    long delayBefore(int nextAttempt, long elapsedMillis, long askedMillis) {
        if (nextAttempt > maxAttempts) {
            return -1;
        }
        long ceiling = Math.min(maxDelayMillis, firstDelayMillis << Math.min(nextAttempt - 2, 20));
        long delay = Math.max(askedMillis, ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
        return elapsedMillis + delay > maxTotalMillis ? -1 : delay;
    }

    /** Whether any attempt may follow this one. */
    boolean allowsAttempt(int nextAttempt) {
        return nextAttempt <= maxAttempts;
    }

    /**
     * What a wait the provider asked for exceeds, for the error that fails the call at once; null when the wait fits
     * the budget.
     */
    String overrun(long askedMillis, long elapsedMillis) {
        if (askedMillis > maxDelayMillis) {
            return "more than maxRetryDelay (" + maxDelayMillis + " ms)";
        }
        if (elapsedMillis + askedMillis > maxTotalMillis) {
            return "more than the " + Math.max(0, maxTotalMillis - elapsedMillis) + " ms left of maxRetryTime (" + maxTotalMillis
                   + " ms)";
        }
        return null;
    }
}
