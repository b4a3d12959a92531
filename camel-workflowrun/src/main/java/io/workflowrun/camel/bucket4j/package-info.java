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
 * A rate limit shared across instances through Bucket4j's distributed buckets (an optional dependency: only this
 * package touches it). Bucket4j is used rather than a home-made counter in SQL because it already keeps a token
 * bucket consistent under concurrent instances, over JDBC databases and data grids alike.
 */
package io.workflowrun.camel.bucket4j;
