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
 * The {@code workflowrun} dev console (Camel's dev console API): what the component's endpoints are and what they have
 * done, per provider, for the Camel CLI, the developer web console and Spring Boot's camel actuator endpoint. Found by
 * Camel through the services file that the build generates from the {@code @DevConsole} annotation.
 */
package io.workflowrun.camel.console;
