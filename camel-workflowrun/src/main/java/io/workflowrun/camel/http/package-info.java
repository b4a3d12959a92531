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
 * The async HTTP transport (Apache HttpClient 5, the client camel-http brings). It sends the SPI's
 * {@link io.workflowrun.camel.spi.HttpCall} and hands back its {@link io.workflowrun.camel.spi.HttpReply} or
 * {@link io.workflowrun.camel.spi.ServerSentEvent}s, and imports nothing else of the component: the providers' JSON
 * ({@link io.workflowrun.camel.spi.Json}) lives in the SPI, so that the two packages depend one way.
 * <p>
 * {@link io.workflowrun.camel.http.EventStreamParser} is written by hand: HttpClient 5.5 has no server-sent-events
 * reader, and the format is a few lines of a W3C spec, smaller than a further dependency.
 */
package io.workflowrun.camel.http;
