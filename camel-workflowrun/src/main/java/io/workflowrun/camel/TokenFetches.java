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

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.workflowrun.camel.http.HttpTransport;
import io.workflowrun.camel.model.WorkflowRun;
import io.workflowrun.camel.model.WorkflowRunException;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.HttpCall;
import io.workflowrun.camel.spi.HttpReply;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.TokenSource;

/**
 * Gets providers' access tokens from their token endpoints: one fetch at a time for each {@link TokenSource}, which
 * every call waiting for that source's token shares (a burst of triggers makes one fetch, not one each). A fetch is
 * one attempt like any call, with the same answer deadline, size bound and stop handling; it is not resent here: the
 * calls that waited for it fail unsent, and the next one fetches again.
 */
final class TokenFetches {

    private final Map<TokenSource, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    /** Completes when the source holds a token (fetched now, or by the fetch already under way), or with its failure. */
    CompletableFuture<Void> fetch(WorkflowRunComponent component, String provider, TokenSource tokens, HttpTransport.Limits limits) {
        CompletableFuture<Void> fetched = new CompletableFuture<>();
        for (CompletableFuture<Void> underWay = inFlight.putIfAbsent(tokens, fetched); underWay != null;
             underWay = inFlight.putIfAbsent(tokens, fetched)) {
            if (!underWay.isDone()) {
                return underWay;
            }
            // a fetch that has ended, whose own removal has not run yet (a future runs its dependents last first): its
            // token is the one now found stale, so fetch anew
            inFlight.remove(tokens, underWay);
        }
        fetched.whenComplete((done, failure) -> inFlight.remove(tokens, fetched));
        Instant now = Instant.now();
        HttpCall call;
        try {
            call = tokens.fetch(now);
        } catch (RuntimeException e) {
            fetched.completeExceptionally(e);
            return fetched;
        }
        // read like a status call: a token endpoint's odd answer can have started nothing
        RunRequest fetch = new RunRequest(WorkflowRunOperation.status, null, null, null, Map.of(), now);
        new CallAttempt(provider, new TokenReader(provider, tokens), limits, fetch, call, new Sending(), (run, failure) -> {
            if (failure != null) {
                fetched.completeExceptionally(failure);
            } else {
                fetched.complete(null);
            }
        }).start(component);
        return fetched;
    }

    /** Reads a token endpoint's answer into its source; it builds no calls of its own. */
    private record TokenReader(String provider, TokenSource tokens) implements ProviderClient {

        @Override
        public HttpCall call(RunRequest request) {
            throw new UnsupportedOperationException("a token endpoint's call comes from its TokenSource");
        }

        @Override
        public WorkflowRun read(RunRequest request, HttpReply reply) throws WorkflowRunException {
            tokens.accept(reply, request.now());
            return new WorkflowRun(provider, null, null, null, null, null, null, reply.header("x-request-id"), null);
        }
    }
}
