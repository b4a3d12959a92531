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
package io.workflowrun.camel.provider.airflow;

import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.TokenOption;

/**
 * Airflow's endpoint options: one of two credentials, an access token given as it is (the shared {@code token}: a JWT
 * of the API server, refused once it has expired), or a user and password that the client exchanges at the API server
 * for one. Airflow is self-hosted, so {@code baseUrl} is required too.
 */
public interface AirflowOptions extends TokenOption {

    @ProviderOption(label = "security", identifiesCredential = true,
                    description = "Airflow: the user whose username and password are exchanged at the API server's POST /auth/token for an access token (JWT), which is sent until shortly before it expires and then fetched anew; instead of token.")
    String getUsername();

    @ProviderOption(label = "security", secret = true, description = "Airflow: the password of username.")
    String getPassword();
}
