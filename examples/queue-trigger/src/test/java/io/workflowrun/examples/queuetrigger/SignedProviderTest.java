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
package io.workflowrun.examples.queuetrigger;

import io.workflowrun.simulator.WorkflowRunSimulator;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jms.core.JmsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** workflowrun.provider picks another provider: here a signed one, whose signature the simulator checks. */
@SpringBootTest(properties = "workflowrun.provider=tencent-wedata")
@ExtendWith(OutputCaptureExtension.class)
class SignedProviderTest {

    @Autowired
    private WorkflowRunSimulator simulator;
    @Autowired
    private ConnectionFactory connectionFactory;

    @Test
    void aRequestStartsASignedRunOnTheChosenProvider(CapturedOutput output) throws Exception {
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        jms.setReceiveTimeout(10_000);
        jms.send("workflow.requests", session -> {
            Message request = session.createTextMessage("{\"orderId\": \"2001\"}");
            request.setJMSCorrelationID("order-2001");
            return request;
        });

        Message reply = jms.receive("workflow.runs");
        assertThat(reply).as("a reply within 10 s").isNotNull();
        assertThat(simulator.runs("tencent-wedata")).singleElement().satisfies(run -> {
            assertThat(run.runId()).isEqualTo(reply.getStringProperty(RunReply.RUN_ID));
            assertThat(run.workflowId()).isEqualTo(WorkflowRunSimulator.sample("tencent-wedata").workflowId());
            assertThat(run.parameters()).containsEntry("orderId", "2001");
        });
        assertThat(simulator.requests("tencent-wedata")).singleElement()
                .satisfies(recorded -> assertThat(recorded.request().header("Authorization")).startsWith("TC3-HMAC-SHA256 "));
        // WeData's trigger answer reports no status: the log says so instead of "(status )"
        assertThat(output.getOut()).contains("started run " + reply.getStringProperty(RunReply.RUN_ID) + " on tencent-wedata (status unknown)")
                .doesNotContain("(status )");
    }
}
