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
/**
 * The run journal's SPI: where instances that share a queue record each trigger's idempotency key, then its run, and
 * the waits they follow under leases, so that a redelivered message gets its run back instead of a second one and a
 * dead instance's waits are taken over. Named by the component's {@code runJournal} option; without it nothing is
 * recorded and everything stays in memory, as before.
 * <p>
 * {@link io.workflowrun.camel.journal.JdbcRunJournal} is written over plain JDBC rather than a persistence library: it
 * is nine short statements whose locking ({@code INSERT ... ON CONFLICT DO NOTHING}, {@code FOR UPDATE SKIP LOCKED})
 * is the point, and the component should not bring an ORM or a migration tool into its users' applications.
 */
package io.workflowrun.camel.journal;
