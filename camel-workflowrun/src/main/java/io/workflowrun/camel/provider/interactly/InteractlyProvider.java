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
package io.workflowrun.camel.provider.interactly;

import java.util.regex.Pattern;

import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/** The Interactly workflow service: {@code POST /v1/workflows/{id}/execute}, bearer API key plus team header. */
@ProviderDeclaration(id = InteractlyProvider.ID, options = InteractlyOptions.class, headers = InteractlyConstants.class)
public final class InteractlyProvider implements WorkflowRunProvider {

    public static final String ID = "interactly";
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        InteractlyOptions options = settings.options(InteractlyOptions.class);
        if (settings.getWorkflowId() != null) {
            requireObjectId(settings.getWorkflowId(), "the endpoint URI's workflowId");
        }
        return new InteractlyClient(
                Options.baseUrl(settings.getBaseUrl(), null, ID),
                Options.require(options.getApiKey(), "apiKey", ID),
                Options.require(options.getTeamId(), "teamId", ID),
                options.getUserId(),
                options.getVersionNumber(),
                options.getRunBy());
    }

    /** Interactly's IDs (of workflows and of runs) are MongoDB ObjectIds: anything else fails before a request is sent. */
    static String requireObjectId(String id, String where) {
        if (!OBJECT_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Interactly ID '" + id + "' from " + where
                                               + " is not an ObjectId (24 lower-case hex digits, e.g. 5eb7cf5a86d9755df3a6c593)");
        }
        return id;
    }
}
