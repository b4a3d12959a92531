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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.journal.JournalKey;
import io.workflowrun.camel.journal.JournaledWait;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.statistics.ProviderStatistics;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The waits of one endpoint with outcomeUri: followed through the journal under this instance's lease, taken over
 * from instances that died, and ended by sending the outcome to outcomeUri once, by whichever instance holds the wait
 * when the run ends. The trigger's exchange does not wait: it may have died with its instance by then.
 * <p>
 * A delivery is counted in the journal before it is made and recorded as done after the outcome route took it; an
 * instance that dies between the two leaves the wait to another, which delivers it again with a higher
 * {@code CamelWorkflowRunDeliveryAttempt}: the one case a receiver sees an outcome twice.
 */
final class DurableWaits {

    private static final Logger LOG = LoggerFactory.getLogger(DurableWaits.class);

    private final WorkflowRunEndpoint endpoint;
    private final RunWaiter waiter;
    private final JournalSession session;
    private final String endpointKey;
    private final ProviderStatistics statistics;
    private AsyncProducer outcomes;
    private volatile boolean stopped;

    DurableWaits(WorkflowRunEndpoint endpoint, RunWaiter waiter, JournalSession session, String endpointKey) {
        this.endpoint = endpoint;
        this.waiter = waiter;
        this.session = session;
        this.endpointKey = endpointKey;
        this.statistics = endpoint.getComponent().getStatistics().of(endpoint.getConfiguration().getProvider());
    }

    void start() throws Exception {
        String uri = endpoint.getConfiguration().getOutcomeUri();
        outcomes = endpoint.getCamelContext().getEndpoint(uri).createAsyncProducer();
        ServiceHelper.startService(outcomes);
        session.follow(endpointKey, this);
    }

    void stop() {
        stopped = true;
        session.unfollow(endpointKey, this);
        ServiceHelper.stopService(outcomes);
    }

    /** Follows a run this instance just started and recorded. */
    void follow(JournalKey key, RunRequest trigger, WorkflowRun started) {
        wait(key, Map.of(), trigger.now(), started, endpoint.getConfiguration().getWaitTimeout());
    }

    /** Follows a wait taken over from an instance that died, for what is left of its waitTimeout. */
    void resume(JournaledWait wait) {
        statistics.waitTakenOver();
        JournalKey key = wait.key();
        LOG.debug("Following run {} of {} for an instance that stopped", wait.runId(), key);
        WorkflowRun run = new WorkflowRun(key.provider(), key.workflowId(), wait.runId(), null, null, null, null, null, null);
        wait(key, wait.runHeaders(), Instant.now(), run, Math.max(1, Duration.between(Instant.now(), wait.deadline()).toMillis()));
    }

    /**
     * Polls the run on an exchange of its own, which becomes the outcome message.
     *
     * @param runHeaders the provider's headers recorded with the run (its polls may need them)
     */
    private void wait(JournalKey key, Map<String, Object> runHeaders, Instant sentAt, WorkflowRun run, long timeoutMillis) {
        Exchange outcome = endpoint.createExchange();
        Message message = outcome.getMessage();
        message.getHeaders().putAll(runHeaders);
        message.setHeader(WorkflowRunConstants.WORKFLOW_ID, key.workflowId());
        message.setHeader(WorkflowRunConstants.IDEMPOTENCY_KEY, key.idempotencyKey());
        RunRequest trigger = new RunRequest(WorkflowRunOperation.trigger, key.workflowId(), null, null, message.getHeaders(), sentAt,
                null, key.idempotencyKey());
        waiter.waitFor(outcome, doneSync -> deliver(outcome, key), trigger, run, timeoutMillis, () -> session.holds(key));
    }

    /** Sends the outcome on, if this instance still holds the wait. */
    private void deliver(Exchange outcome, JournalKey key) {
        if (stopped || session.isStopped() || !session.holds(key)) {
            // the wait ended because this instance stops or lost its lease: another instance follows the run
            LOG.debug("{} is left to another instance", key);
            session.letGo(key);
            return;
        }
        session.call(() -> session.journal().deliveryStarts(key, session.owner())).whenComplete((attempt, failure) -> {
            if (failure != null) {
                // not delivered, not counted: the lease runs out and an instance (maybe this one) follows the run again
                session.letGo(key);
                LOG.warn("The outcome of {} waits: the run journal could not count its delivery ({})", key, failure.getMessage());
                return;
            }
            if (attempt == 0) {
                session.letGo(key);
                LOG.debug("{} was taken over by another instance: it delivers the outcome", key);
                return;
            }
            Message message = outcome.getMessage();
            message.setHeader(WorkflowRunConstants.DELIVERY_ATTEMPT, attempt);
            Exception error = outcome.getException();
            if (error != null) {
                message.setHeader(WorkflowRunConstants.OUTCOME_ERROR, error.getMessage());
                outcome.setException(null);
            }
            outcomes.process(outcome, doneSync -> delivered(outcome, key, attempt));
        });
    }

    private void delivered(Exchange outcome, JournalKey key, int attempt) {
        Exception failure = outcome.getException();
        if (failure != null) {
            // the URI is not logged: it is the user's, and may hold a password
            LOG.warn("The outcome route (outcomeUri) failed the outcome of {}; it is delivered again ({})", key, failure.getMessage());
            session.call(() -> {
                session.journal().handBack(session.owner(), List.of(key));
                return null;
            }).whenComplete((done, e) -> session.letGo(key));
            return;
        }
        statistics.outcomeDelivered(attempt);
        session.call(() -> {
            session.journal().delivered(key, session.owner());
            return null;
        }).whenComplete((done, e) -> {
            session.letGo(key);
            if (e != null) {
                LOG.warn("The run journal could not record that the outcome of {} was delivered: another instance delivers it again "
                         + "({})", key, e.getMessage());
            }
        });
    }
}
