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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a credential or base URL that is still a property placeholder. Spring Boot binds {@code ${NAME}} verbatim when
 * nothing defines it, and a value copied from another tool's configuration may hold Camel's {@code {{name}}}: sent as
 * it is, the key fails only at run time, with the provider's 401 for every message. Only the placeholder is quoted,
 * never the rest of the value, which may be a secret.
 */
final class UnresolvedPlaceholders {

    // ${NAME} as Spring and shells write it, {{name}}, {{env:NAME}} or {{?name}} as Camel does: property and variable
    // names only, so that a generated key that merely holds braces is not mistaken for one
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][\\w.\\-]*}|\\{\\{\\??[A-Za-z_][\\w.\\-:]*}}");

    private UnresolvedPlaceholders() {
    }

    /** @throws IllegalArgumentException naming the option and the placeholder, when the value holds one */
    static void refuse(String option, String value) {
        if (value == null) {
            return;
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (placeholder.find()) {
            throw new IllegalArgumentException("Option " + option + " holds " + placeholder.group()
                                               + ", which looks like an unresolved property placeholder: define the property"
                                               + " or environment variable it names, or set the option to its value");
        }
    }
}
