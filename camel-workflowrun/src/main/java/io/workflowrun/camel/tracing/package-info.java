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
 * Span decorators for Camel's two tracing SPIs, so that a trace shows which run a message started: camel-tracing's
 * (used by camel-opentelemetry and camel-observation) and camel-telemetry's (camel-opentelemetry2,
 * camel-telemetry-dev). Each is found by Java's ServiceLoader only where its SPI is on the classpath; both are optional
 * dependencies, and the component works without either. The tags themselves are {@link RunSpanTags}'s, the same for
 * both.
 */
package io.workflowrun.camel.tracing;
