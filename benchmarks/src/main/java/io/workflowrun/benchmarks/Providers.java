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
package io.workflowrun.benchmarks;

import io.workflowrun.camel.WorkflowRunConfiguration;
import io.workflowrun.camel.model.WorkflowRunOperation;
import io.workflowrun.camel.spi.ProviderClient;
import io.workflowrun.camel.spi.RunRequest;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The same trigger call for every provider: one configuration, one workflow, one small parameter map. */
final class Providers {

    static final List<String> SIGNED = List.of("tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph");
    static final List<String> ALL = List.of("tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph", "interactly", "dify");
    static final String PROJECT = "0b1a2c3d4e5f40718293a4b5c6d7e8f9";

    private Providers() {
    }

    static String workflowId(String provider) {
        return switch (provider) {
            case "tencent-wedata" -> "9f551833-2150-4772-8ec1-78019779617c";
            case "alibaba-schedulerx" -> "111";
            case "huawei-functiongraph" -> "48aff955-ea10-4ffd-b426-190bc192dc14";
            case "interactly" -> "5eb7cf5a86d9755df3a6c593";
            default -> "";
        };
    }

    /** Endpoint options (URI query) for a provider; rateLimit=0 so the documented limits do not cap the benchmark. */
    static String options(String provider, String baseUrl) {
        String signed = "&accessKey=" + WorkflowRunSimulator.ACCESS_KEY + "&secretKey=RAW(" + WorkflowRunSimulator.SECRET_KEY + ")";
        String keyed = "&apiKey=RAW(" + WorkflowRunSimulator.API_KEY + ")";
        String specific = switch (provider) {
            case "tencent-wedata" -> "region=ap-guangzhou&projectId=3126203945134080" + signed;
            case "alibaba-schedulerx" -> "region=cn-hangzhou&namespace=ns-1&groupId=group.default" + signed;
            case "huawei-functiongraph" -> "region=cn-north-4&projectId=" + PROJECT + signed;
            case "interactly" -> "teamId=team-1" + keyed;
            case "dify" -> "user=camel" + keyed;
            default -> throw new IllegalArgumentException("unknown provider " + provider);
        };
        return specific + "&rateLimit=0&baseUrl=" + baseUrl;
    }

    static String uri(String provider, String baseUrl, String extra) {
        return "workflowrun:" + provider + ":" + workflowId(provider) + "?" + options(provider, baseUrl) + extra;
    }

    /** The provider's client bound to the same options, outside Camel: what the producer calls per message. */
    static ProviderClient bind(String provider, String baseUrl) {
        WorkflowRunConfiguration configuration = new WorkflowRunConfiguration();
        configuration.setProvider(provider);
        configuration.setWorkflowId(workflowId(provider).isEmpty() ? null : workflowId(provider));
        configuration.setBaseUrl(baseUrl);
        configuration.setAccessKey(WorkflowRunSimulator.ACCESS_KEY);
        configuration.setSecretKey(WorkflowRunSimulator.SECRET_KEY);
        configuration.setApiKey(WorkflowRunSimulator.API_KEY);
        switch (provider) {
            case "tencent-wedata" -> {
                configuration.setRegion("ap-guangzhou");
                configuration.setProjectId("3126203945134080");
            }
            case "alibaba-schedulerx" -> {
                configuration.setRegion("cn-hangzhou");
                configuration.setNamespace("ns-1");
                configuration.setGroupId("group.default");
            }
            case "huawei-functiongraph" -> {
                configuration.setRegion("cn-north-4");
                configuration.setProjectId(PROJECT);
            }
            case "interactly" -> configuration.setTeamId("team-1");
            case "dify" -> configuration.setUser("camel");
            default -> throw new IllegalArgumentException("unknown provider " + provider);
        }
        for (WorkflowRunProvider candidate : ServiceLoader.load(WorkflowRunProvider.class)) {
            if (candidate.id().equals(provider)) {
                return candidate.bind(configuration);
            }
        }
        throw new IllegalStateException("no provider " + provider + " on the class path");
    }

    static RunRequest trigger(String provider, int n, Instant now) {
        String workflowId = workflowId(provider);
        return new RunRequest(WorkflowRunOperation.trigger, workflowId.isEmpty() ? null : workflowId, null,
                Map.of("n", n), Map.of(), now);
    }
}
