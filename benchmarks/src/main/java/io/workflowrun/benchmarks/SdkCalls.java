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

import com.aliyun.tea.TeaConverter;
import com.aliyun.tea.TeaPair;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.functiongraph.v2.FunctionGraphClient;
import com.huaweicloud.sdk.functiongraph.v2.model.FlowExecuteBody;
import com.huaweicloud.sdk.functiongraph.v2.model.StartWorkflowExecutionRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.wedata.v20250806.WedataClient;
import com.tencentcloudapi.wedata.v20250806.models.CreateTriggerWorkflowRunRequest;
import com.tencentcloudapi.wedata.v20250806.models.SchedulingParameter;
import io.workflowrun.simulator.ProviderSample;
import io.workflowrun.simulator.WorkflowRunSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same trigger call made through each official SDK, used as the simulator module's oracle tests use them. Each
 * returns the run ID; an SDK throws on an error answer.
 */
final class SdkCalls {

    /** Triggers run number n. */
    interface Call {
        String trigger(int n) throws Exception;
    }

    private static final List<String> PROVIDERS = List.of("tencent-wedata", "alibaba-schedulerx", "huawei-functiongraph");

    private SdkCalls() {
    }

    /** Whether the provider has an official Java SDK (Interactly and Dify publish none). */
    static boolean exists(String provider) {
        return PROVIDERS.contains(provider);
    }

    /** The SDK's call to the provider's server on this loopback port. */
    static Call forProvider(String provider, int port) throws Exception {
        return switch (provider) {
            case "tencent-wedata" -> tencent(port);
            case "alibaba-schedulerx" -> alibaba(port);
            case "huawei-functiongraph" -> huawei(port);
            default -> throw new IllegalArgumentException("no official SDK for " + provider);
        };
    }

    /** Tencent's SDK signs for the endpoint's first DNS label: a name that resolves to 127.0.0.1 (loopback-hosts). */
    private static Call tencent(int port) {
        HttpProfile http = new HttpProfile();
        http.setProtocol("http://");
        http.setEndpoint("wedata.simulator.test:" + port);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        ProviderSample sample = Providers.sample("tencent-wedata");
        WedataClient client = new WedataClient(new Credential(WorkflowRunSimulator.ACCESS_KEY, WorkflowRunSimulator.SECRET_KEY),
                sample.settings().get("region"), profile);
        return n -> {
            CreateTriggerWorkflowRunRequest request = new CreateTriggerWorkflowRunRequest();
            request.setProjectId(sample.settings().get("projectId"));
            request.setWorkflowId(sample.workflowId());
            SchedulingParameter parameter = new SchedulingParameter();
            parameter.setParamKey("n");
            parameter.setParamValue(Integer.toString(n));
            request.setAdvancedParams(new SchedulingParameter[] {parameter});
            return client.CreateTriggerWorkflowRun(request).getData().getWorkflowExecutionId();
        };
    }

    /** ExecuteWorkflow through the generic callApi, exactly as the generated schedulerx220190430 client calls it. */
    private static Call alibaba(int port) throws Exception {
        ProviderSample sample = Providers.sample("alibaba-schedulerx");
        com.aliyun.teaopenapi.Client client = new com.aliyun.teaopenapi.Client(new Config()
                .setAccessKeyId(WorkflowRunSimulator.ACCESS_KEY).setAccessKeySecret(WorkflowRunSimulator.SECRET_KEY)
                .setRegionId(sample.settings().get("region")).setEndpoint("127.0.0.1:" + port).setProtocol("HTTP"));
        Params params = Params.build(TeaConverter.buildMap(
                new TeaPair("action", "ExecuteWorkflow"), new TeaPair("version", "2019-04-30"),
                new TeaPair("protocol", "HTTPS"), new TeaPair("pathname", "/"), new TeaPair("method", "GET"),
                new TeaPair("authType", "AK"), new TeaPair("style", "RPC"), new TeaPair("reqBodyType", "formData"),
                new TeaPair("bodyType", "json")));
        return n -> {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("RegionId", sample.settings().get("region"));
            query.put("Namespace", sample.settings().get("namespace"));
            query.put("NamespaceSource", "schedulerx");
            query.put("GroupId", sample.settings().get("groupId"));
            query.put("WorkflowId", Long.parseLong(sample.workflowId()));
            query.put("InstanceParameters", "{\"n\":" + n + "}");
            OpenApiRequest request = OpenApiRequest.build(TeaConverter.buildMap(
                    new TeaPair("query", com.aliyun.openapiutil.Client.query(query))));
            Map<String, ?> answer = client.callApi(params, request, new RuntimeOptions());
            return String.valueOf(((Map<?, ?>) answer.get("body")).get("Data"));
        };
    }

    private static Call huawei(int port) {
        ProviderSample sample = Providers.sample("huawei-functiongraph");
        FunctionGraphClient client = FunctionGraphClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(WorkflowRunSimulator.ACCESS_KEY)
                        .withSk(WorkflowRunSimulator.SECRET_KEY).withProjectId(sample.settings().get("projectId")))
                .withEndpoints(List.of("http://127.0.0.1:" + port))
                .build();
        return n -> client.startWorkflowExecution(new StartWorkflowExecutionRequest()
                        .withWorkflowId(sample.workflowId())
                        .withBody(new FlowExecuteBody().withInput(Map.of("n", n))))
                .getExecutionId();
    }
}
