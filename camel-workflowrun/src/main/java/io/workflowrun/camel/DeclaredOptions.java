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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.workflowrun.camel.spi.ProviderOption;
import io.workflowrun.camel.spi.WorkflowRunProvider;

/**
 * What the registered providers declare of their options (see {@link ProviderOption}), read at run time from the same
 * declarations the build generated {@link RegisteredProviderOptions} from: which options an endpoint of a provider must
 * set, which are secrets, which one tells its credentials apart, and the ranges of its numbers.
 */
final class DeclaredOptions {

    /** Each registered provider's options, from the interfaces the generated class implements. */
    private static final Map<Class<?>, List<Method>> GETTERS = new LinkedHashMap<>();

    static {
        for (Class<?> declared : RegisteredProviderOptions.class.getInterfaces()) {
            List<Method> getters = new ArrayList<>();
            for (Method method : declared.getMethods()) {
                if (method.isAnnotationPresent(ProviderOption.class)) {
                    getters.add(method);
                }
            }
            // shared options (keys, region) first, as a reader lists them; then the provider's own
            getters.sort((a, b) -> Boolean.compare(a.getDeclaringClass() == declared, b.getDeclaringClass() == declared));
            GETTERS.put(declared, List.copyOf(getters));
        }
    }

    private DeclaredOptions() {
    }

    /** The ranges that providers declare for their number options. */
    static List<OptionRanges.Range> ranges() {
        Map<String, OptionRanges.Range> ranges = new LinkedHashMap<>();
        GETTERS.values().forEach(getters -> getters.forEach(getter -> {
            ProviderOption option = getter.getAnnotation(ProviderOption.class);
            if (!Double.isNaN(option.min()) || !Double.isNaN(option.max())) {
                ranges.putIfAbsent(name(getter), OptionRanges.Range.count(name(getter),
                        Double.isNaN(option.min()) ? Long.MIN_VALUE : (long) option.min(),
                        Double.isNaN(option.max()) ? Long.MAX_VALUE : (long) option.max()));
            }
        }));
        return List.copyOf(ranges.values());
    }

    /** Refuses an endpoint that leaves an option its provider requires unset, naming the option. */
    static void checkRequired(WorkflowRunProvider provider, WorkflowRunConfiguration configuration) {
        for (Method getter : getters(provider)) {
            if (getter.getAnnotation(ProviderOption.class).required()) {
                Object value = read(getter, configuration);
                if (value == null || value instanceof String text && text.isBlank()) {
                    throw new IllegalArgumentException(
                            "Option " + name(getter) + " is required for provider " + provider.id() + " but was not set");
                }
            }
        }
    }

    /** Refuses an endpoint whose secret options (its provider declares which) still hold a property placeholder. */
    static void checkResolved(WorkflowRunProvider provider, WorkflowRunConfiguration configuration) {
        for (Method getter : getters(provider)) {
            if (getter.getAnnotation(ProviderOption.class).secret() && read(getter, configuration) instanceof String value) {
                UnresolvedPlaceholders.refuse(name(getter), value);
            }
        }
    }

    /**
     * The value that tells the endpoint's credentials apart for its provider's rate limit (an access key ID, an API
     * key): of the options that may, the first that is set, since a provider may take one of two credentials (a token,
     * or a user and password); empty where none is.
     */
    static String credential(WorkflowRunProvider provider, WorkflowRunConfiguration configuration) {
        for (Method getter : getters(provider)) {
            if (getter.getAnnotation(ProviderOption.class).identifiesCredential()) {
                Object value = read(getter, configuration);
                if (value != null && !value.toString().isBlank()) {
                    return getter.getName() + '\u0000' + value;
                }
            }
        }
        return "";
    }

    private static List<Method> getters(WorkflowRunProvider provider) {
        List<Method> getters = GETTERS.get(provider.declaration().options());
        return getters == null ? List.of() : getters;
    }

    private static Object read(Method getter, WorkflowRunConfiguration configuration) {
        try {
            return getter.invoke(configuration);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read option " + name(getter), e);
        }
    }

    private static String name(Method getter) {
        String bare = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
