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
package io.workflowrun.examples.resttrigger;

import java.nio.charset.StandardCharsets;
import io.workflowrun.camel.provider.dify.DifyConstants;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.model.WorkflowRun;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.springframework.web.util.UriUtils;

/** Turns the run the component left on the message into the API's answer: status code, headers and a JSON map. */
final class RunAnswers {

    private RunAnswers() {
    }

    /** 202 Accepted, with the run's status resource in {@code Location}. */
    static void started(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRun run = message.getMandatoryBody(WorkflowRun.class);
        // the path's ID, which the Location must repeat (a provider may report the workflow under another ID)
        String workflowId = message.getHeader("workflowId", String.class);
        Map<String, Object> answer = summary(run, workflowId);
        String location = "/workflows/" + segment(workflowId) + "/runs/" + segment(run.runId());
        String taskId = message.getHeader(DifyConstants.TASK_ID, String.class);
        if (taskId != null) {
            answer.put("taskId", taskId);
            // what DELETE needs to cancel a Dify run; GET ignores it
            location += "?taskId=" + UriUtils.encodeQueryParam(taskId, StandardCharsets.UTF_8);
        }
        reply(message, 202, answer);
        message.setHeader("Location", location);
    }

    /** 200 OK with the run as the provider now reports it. */
    static void current(Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        WorkflowRun run = message.getMandatoryBody(WorkflowRun.class);
        Map<String, Object> answer = summary(run,
                run.workflowId() != null ? run.workflowId() : message.getHeader("workflowId", String.class));
        answer.put("providerStatus", run.providerStatus());
        answer.put("outputs", run.outputs());
        answer.put("error", run.error());
        reply(message, 200, answer);
    }

    private static Map<String, Object> summary(WorkflowRun run, String workflowId) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("runId", run.runId());
        answer.put("status", run.status() == null ? null : run.status().name());
        answer.put("provider", run.provider());
        answer.put("requestId", run.requestId());
        answer.put("workflowId", workflowId);
        return answer;
    }

    /** Replaces the message's headers with the answer's: whatever else is on the message is not for the caller. */
    static void reply(Message message, int status, Map<String, Object> body) {
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setBody(body);
    }

    private static String segment(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
