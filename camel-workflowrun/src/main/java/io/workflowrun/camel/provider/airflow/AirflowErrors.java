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

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.workflowrun.camel.spi.Replies;

/**
 * The API server's error answers, FastAPI's {@code {"detail": ...}}: text ({@code HTTPException}), a list of validation
 * errors (HTTP 422), or an object (a database error, e.g. HTTP 409's {@code reason} and {@code message}).
 */
final class AirflowErrors {

    private AirflowErrors() {
    }

    static String detail(Map<String, Object> json) {
        Object detail = json.get("detail");
        if (detail instanceof List<?> errors) {
            return errors.stream().map(Replies::validationError).collect(Collectors.joining("; "));
        }
        if (detail instanceof Map<?, ?> object) {
            Object reason = object.get("reason");
            Object message = object.get("message");
            return reason == null ? String.valueOf(object) : message == null ? reason.toString() : reason + ": " + message;
        }
        return detail != null ? detail.toString() : json.toString();
    }

}
