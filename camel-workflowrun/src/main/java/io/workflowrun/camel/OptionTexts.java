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

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.workflowrun.camel.spi.RequestValues;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Every text option, checked when an endpoint is created (the component's own when it starts). Options end up in
 * request lines and request headers (a region in {@code X-TC-Region}, a team ID in a header, keys in signatures), so
 * none may hold a control character; and the IDs that become path segments may not be {@code .} or {@code ..}. All
 * text options are found by their annotations, so that a new one is checked without being listed.
 */
final class OptionTexts {

    /** Options that providers put into a request path as a segment. */
    private static final Set<String> PATH_SEGMENTS = Set.of("workflowId", "projectId");

    private static final Map<Class<?>, List<Field>> TEXT_OPTIONS = new ConcurrentHashMap<>();

    private OptionTexts() {
    }

    /** Checks the text options of an endpoint's configuration, or of the component. */
    static void check(Object options) {
        for (Field field : TEXT_OPTIONS.computeIfAbsent(options.getClass(), OptionTexts::textOptions)) {
            String value = read(field, options);
            if (value == null) {
                continue;
            }
            String source = field.isAnnotationPresent(UriPath.class)
                    ? "The endpoint URI's " + field.getName() : "Option " + field.getName();
            if (PATH_SEGMENTS.contains(field.getName())) {
                RequestValues.requireId(value, source);
            } else {
                RequestValues.requireNoControlCharacter(value, source);
            }
        }
    }

    private static List<Field> textOptions(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        // the providers' options are declared in the generated superclass
        for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
            fields.addAll(textFields(c));
        }
        return List.copyOf(fields);
    }

    private static List<Field> textFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.getType() == String.class && (field.isAnnotationPresent(UriParam.class) || field.isAnnotationPresent(UriPath.class)
                                                    || field.isAnnotationPresent(Metadata.class))) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return List.copyOf(fields);
    }

    private static String read(Field field, Object options) {
        try {
            return (String) field.get(options);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read option " + field.getName(), e);
        }
    }
}
