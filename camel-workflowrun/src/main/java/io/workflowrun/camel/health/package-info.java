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
 * The component's producer health check, on Camel's health API (camel-health's {@code AbstractHealthCheck} in the
 * {@code producers} repository, as Camel's own components register theirs), so that Camel Main, Camel's health
 * endpoints and Spring Boot's actuator (through camel-spring-boot) show it. Readiness only: what it reports (a refused
 * credential, a saturated rate limiter, a provider the probe cannot reach, an HTTP client being replaced) is not mended
 * by restarting the application.
 *
 * <p>It reads what the sending path records ({@link io.workflowrun.camel.statistics}) and, where the user turns it on,
 * the last answer of a probe: a status call for a run that does not exist, sent in the background at most once per
 * provider and credential per interval. The rate bound and the in-flight gate are a few lines here rather than a
 * scheduler: a probe starts only when a health check asks, so an application nobody checks sends none.
 */
package io.workflowrun.camel.health;
