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
package io.workflowrun.camel.spi;

/** The options of a provider that signs requests with an access key pair (and, for temporary credentials, a token). */
public interface AccessKeyOptions {

    @ProviderOption(label = "security", secret = true, required = true, identifiesCredential = true,
                    description = "The access key ID the requests are signed with (the provider's AK, SecretId or AccessKey ID).")
    String getAccessKey();

    @ProviderOption(label = "security", secret = true, required = true,
                    description = "The secret access key that goes with accessKey (the provider's SK, SecretKey or AccessKey secret).")
    String getSecretKey();

    @ProviderOption(label = "security", secret = true, description = "The session token that comes with temporary credentials.")
    String getSecurityToken();
}
