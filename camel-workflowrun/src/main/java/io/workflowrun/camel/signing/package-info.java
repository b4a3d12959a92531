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
 * One {@link io.workflowrun.camel.spi.RequestSigner} per algorithm: {@link Tc3Signer} (Tencent Cloud),
 * {@link Acs3Signer} (Alibaba Cloud), {@link SdkHmacSha256Signer} (Huawei Cloud), {@link AwsSigV4Signer} (AWS) and
 * {@link BearerKeySigner} (an API key, Dify and Interactly). A provider makes its signer once per endpoint, with the
 * credentials and what the algorithm fixes, builds each call unsigned and hands it over with the instant. A signer does no I/O and reads no clock, so it is
 * checked against a provider's published worked example to the byte.
 * <p>
 * What the HMAC algorithms share (the others all descend from AWS Signature V4) is in one place:
 * {@code CanonicalRequest} (the canonical request's shape, canonical headers, the signed host), {@code PercentEncoding}
 * (RFC 3986, which ACS3, SDK-HMAC-SHA256 and SigV4 use) and {@link Digests} (SHA-256, HMAC-SHA256, hex). What differs
 * stays in each signer, with the provider's rule it follows. The session token of temporary
 * {@link io.workflowrun.camel.spi.Credentials} is sent by every signer under its provider's header, signed where the
 * provider's SDK signs it.
 * <p>
 * Written by hand rather than taken from the providers' SDKs: those are large runtime dependencies (and each its own
 * HTTP stack), while each algorithm is a page of the provider's spec on top of the JDK's SHA-256 and HMAC. The SDKs are
 * test oracles only (the simulator's SDK tests), never dependencies of this component; and the simulator's signature
 * verifiers are written apart from these signers, so one checks the other.
 */
package io.workflowrun.camel.signing;
