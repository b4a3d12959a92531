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
package io.workflowrun.camel.provider.github;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.workflowrun.camel.spi.RequestValues;

/**
 * A message's parameters as a dispatch's {@code inputs}. GitHub reads every {@code workflow_dispatch} input as text
 * ({@code inputs.<name>} of a boolean input is {@code 'true'} or {@code 'false'}), and its API takes the values as
 * strings: a number or boolean is sent as its text, anything else (null, an object, a list) is refused before sending,
 * naming the input, as GitHub would refuse it after.
 */
final class GitHubInputs {

    /** The API's limit: "The maximum number of properties is 25." */
    static final int MAX_INPUTS = 25;

    private GitHubInputs() {
    }

    /** The inputs to send, or null for none (the workflow's defaults then apply). */
    static Map<String, String> of(Map<String, Object> parameters) {
        if (parameters == null || parameters.isEmpty()) {
            return null;
        }
        if (parameters.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("The message body has " + parameters.size() + " workflow inputs, but GitHub takes at most "
                                               + MAX_INPUTS + " in one dispatch");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        parameters.forEach((name, value) -> inputs.put(name, text(name, value)));
        return inputs;
    }

    private static String text(String name, Object value) {
        if (value instanceof CharSequence || value instanceof Boolean || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw notText(name, "the number " + value);
            }
            // 1.0E10 would reach the workflow as that text
            return BigDecimal.valueOf(number).toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        throw notText(name, value == null ? "null" : "a " + value.getClass().getName());
    }

    private static IllegalArgumentException notText(String name, String what) {
        return new IllegalArgumentException("Workflow input '" + RequestValues.printable(name) + "' of the message body is " + what + ", but GitHub takes "
                                            + "each input as text: a string, a number or a boolean (sent as its text)");
    }
}
