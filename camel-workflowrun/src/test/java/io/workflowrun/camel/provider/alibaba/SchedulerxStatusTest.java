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
package io.workflowrun.camel.provider.alibaba;

import io.workflowrun.camel.model.RunStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented WfInstanceInfo.Status codes, unified; undocumented ones stay unknown (null), never terminal. */
class SchedulerxStatusTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "1, PENDING", "2, PENDING", "3, RUNNING", "4, SUCCEEDED", "5, FAILED", "0, null", "9, null" })
    void mapsTheDocumentedCodes(int code, RunStatus expected) {
        assertThat(SchedulerxStatus.of(code)).isEqualTo(expected);
    }
}
