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
package io.workflowrun.camel.journal;

/**
 * One trigger's place in the journal.
 *
 * @param scope          a hash of the provider, the credential's identity and the workflow: an idempotency key means one
 *                       run per workflow and account, and no credential is in the journal
 * @param idempotencyKey the key the message gave
 * @param provider       the provider's ID, for people reading the table
 * @param workflowId     the workflow, for people reading the table and for the instance that takes a wait over
 * @param endpointKey    a hash of the endpoint that sent it (its URI and credential): only an instance with the same
 *                       endpoint can follow its run
 */
public record JournalKey(String scope, String idempotencyKey, String provider, String workflowId, String endpointKey) {

    @Override
    public String toString() {
        return provider + " workflow " + workflowId + ", idempotency key " + idempotencyKey;
    }
}
