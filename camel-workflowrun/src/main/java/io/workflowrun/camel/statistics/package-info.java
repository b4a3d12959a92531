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
 * What the component has done, per provider: counters and durations that its health check, metrics, JMX attributes and
 * dev console read. Kept in memory with {@link java.util.concurrent.atomic.LongAdder}s, so that recording costs a few
 * nanoseconds on the sending path and nothing is recorded twice in two forms; Micrometer, where present, reads these
 * numbers through function meters instead of being called on the sending path. Never keyed by credential: a provider
 * id is the only tag, and the recorded error texts are the component's own exception messages, which hold no secret.
 */
package io.workflowrun.camel.statistics;
