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
 * One pure signer per algorithm. Each takes the request (method, URL, headers, body bytes), the credentials and the
 * instant, and returns the headers to add: no I/O, no clock, no randomness inside, so a signer is checked against a
 * provider's published example to the byte.
 * <p>
 * Written by hand rather than taken from the providers' SDKs: those are large runtime dependencies (and each its own
 * HTTP stack), while each algorithm is a page of the provider's spec on top of the JDK's SHA-256 and HMAC.
 */
package io.workflowrun.camel.signing;
