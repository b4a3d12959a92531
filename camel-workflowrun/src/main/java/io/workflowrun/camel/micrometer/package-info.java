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
 * The component's statistics as Micrometer meters, bound when Micrometer is on the class path and a MeterRegistry is
 * in the Camel registry (Spring Boot actuator's, or camel-micrometer's {@code metricsRegistry}). Function meters read
 * the statistics when the registry is scraped, so that nothing on the sending path calls Micrometer. The only classes
 * that name Micrometer are here: the component reaches them only after checking that Micrometer is present.
 */
package io.workflowrun.camel.micrometer;
