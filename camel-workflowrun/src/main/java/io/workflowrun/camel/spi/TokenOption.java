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

/**
 * The option of a provider that takes an access token as it is, sent as a bearer token; such a provider may also take
 * other credentials that its client exchanges for a token.
 */
public interface TokenOption {

    @ProviderOption(label = "security", secret = true, identifiesCredential = true,
                    description = "An access token given as it is, sent as a bearer token (Authorization: Bearer); where the "
                                  + "provider also takes credentials it exchanges for a token, instead of those.")
    String getToken();
}
