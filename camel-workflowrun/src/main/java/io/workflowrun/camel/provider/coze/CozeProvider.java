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
package io.workflowrun.camel.provider.coze;

import java.util.regex.Pattern;

import io.workflowrun.camel.spi.EndpointSettings;
import io.workflowrun.camel.spi.Options;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.ProviderDeclaration;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * Coze's workflow API: {@code POST /v1/workflow/run} with {@code is_async}, the run's history for its status, with a
 * personal access token or OAuth access token as bearer token, on coze.com or coze.cn.
 */
@ProviderDeclaration(id = CozeProvider.ID, options = CozeOptions.class, headers = CozeConstants.class)
public final class CozeProvider implements WorkflowRunProvider {

    public static final String ID = "coze";
    /** The official SDKs' {@code COZE_COM_BASE_URL}. */
    static final String GLOBAL_BASE_URL = "https://api.coze.com";
    /** The official SDKs' {@code COZE_CN_BASE_URL}. */
    static final String CN_BASE_URL = "https://api.coze.cn";
    /** Coze's IDs (workflows, runs, agents, apps) are 64-bit numbers, written as text. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,19}");

    /**
     * The run and run-history calls' limit on Coze's free plan (50 QPS; 100 to 500 on the paid plans), per account: the
     * endpoints that use one token share it.
     */
    @Override
    public double defaultRateLimit() {
        return 50;
    }

    @Override
    public ProviderClient bind(EndpointSettings settings) {
        CozeOptions options = settings.options(CozeOptions.class);
        String siteUrl = siteUrl(Options.require(options.getRegion(), "region", ID));
        if (settings.getWorkflowId() != null) {
            requireNumber(settings.getWorkflowId(), "workflow_id", "the endpoint URI's workflowId");
        }
        String botId = Options.optional(options.getBotId());
        String appId = Options.optional(options.getCozeAppId());
        if (botId != null && appId != null) {
            throw new IllegalArgumentException("Options botId and cozeAppId are both set, but Coze runs a workflow with one of "
                                               + "them at most (it refuses both with error 4000): set botId for an agent's "
                                               + "workflow, cozeAppId for an app's");
        }
        return new CozeClient(
                Options.baseUrl(settings.getBaseUrl(), siteUrl, ID),
                Options.require(options.getApiKey(), "apiKey", ID),
                botId == null ? null : requireNumber(botId, "bot_id", "option botId"),
                appId == null ? null : requireNumber(appId, "app_id", "option cozeAppId"));
    }

    /** The site's API host: a token works only on the site that issued it. */
    private static String siteUrl(String region) {
        return switch (region.trim()) {
            case "global" -> GLOBAL_BASE_URL;
            case "cn" -> CN_BASE_URL;
            default -> throw new IllegalArgumentException("Option region is '" + region + "' but provider coze takes global "
                                                          + "(coze.com, " + GLOBAL_BASE_URL + ") or cn (coze.cn, "
                                                          + CN_BASE_URL + ")");
        };
    }

    /** A Coze ID, or an error naming where it came from: anything else would only be refused by Coze. */
    static String requireNumber(String id, String what, String where) {
        if (!NUMBER.matcher(id).matches()) {
            throw new IllegalArgumentException("Coze " + what + " '" + id + "' from " + where + " is not a Coze ID: a number, such "
                                               + "as 7350583675492312345, as in the URL of its page on Coze");
        }
        return id;
    }
}
