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
package io.workflowrun.camel;

import io.workflowrun.camel.model.WorkflowRun;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workflowrun.camel.spi.Json;
import org.apache.camel.Converter;

/** Lets routes read a {@link WorkflowRun} body as a Map or as JSON text. */
@Converter(generateLoader = true)
public final class WorkflowRunConverters {

    private WorkflowRunConverters() {
    }

    @Converter
    public static Map<String, Object> toMap(WorkflowRun run) {
        return run.toMap();
    }

    @Converter
    public static String toJson(WorkflowRun run) throws JsonProcessingException {
        return Json.MAPPER.writeValueAsString(run.toMap());
    }
}
