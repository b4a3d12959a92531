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

import java.time.Instant;
import java.util.Map;

/**
 * A durable wait as the journal holds it, taken over by an instance whose lease on it just began.
 *
 * @param key              the trigger's key
 * @param runId            the run to follow
 * @param runHeaders       the provider's headers recorded with the run
 * @param deadline         when the wait times out (the trigger's instant plus waitTimeout)
 * @param deliveryAttempts how often its outcome was handed to the outcome route already (an instance died before it
 *                         recorded the delivery): 0 for none
 */
public record JournaledWait(JournalKey key, String runId, Map<String, Object> runHeaders, Instant deadline, int deliveryAttempts) {
}
