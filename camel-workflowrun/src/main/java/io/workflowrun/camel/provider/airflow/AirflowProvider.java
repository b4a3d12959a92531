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

import java.net.URI;

import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Apache Airflow 3, through the stable REST API v2 of its API server: a DAG run triggered with
 * {@code POST /api/v2/dags/{dag_id}/dagRuns}, read and failed through {@code /api/v2/dags/{dag_id}/dagRuns/{dag_run_id}};
 * the workflow ID is the DAG ID, the run ID the DAG run ID. Self-hosted, so there is no default endpoint and no
 * documented rate limit.
 */
@ProviderDeclaration(id = AirflowProvider.ID, options = AirflowOptions.class, headers = AirflowConstants.class)
public final class AirflowProvider implements WorkflowRunProvider {

    public static final String ID = "airflow";

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        AirflowOptions options = settings.options(AirflowOptions.class);
        URI baseUrl = Options.baseUrl(settings.getBaseUrl(), null, ID);
        String token = Options.optional(options.getToken());
        String username = Options.optional(options.getUsername());
        String password = options.getPassword() == null || options.getPassword().isEmpty() ? null : options.getPassword();
        if (token != null) {
            if (username != null || password != null) {
                throw new IllegalArgumentException("Options token and " + (username != null ? "username" : "password")
                                                   + " are both set for provider " + ID
                                                   + ": set either token, or username and password, not both");
            }
            return new AirflowClient(baseUrl, token, null);
        }
        if (username == null) {
            throw new IllegalArgumentException("Option username is required for provider " + ID
                                               + " (with password), unless option token is set, but was not set");
        }
        if (password == null) {
            throw new IllegalArgumentException("Option password is required for provider " + ID
                                               + " (with username) but was not set");
        }
        return new AirflowClient(baseUrl, null, new AirflowLogin(baseUrl, username, password));
    }
}
