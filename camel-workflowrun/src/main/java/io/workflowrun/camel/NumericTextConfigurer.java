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

import org.apache.camel.CamelContext;
import org.apache.camel.spi.GeneratedPropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.component.PropertyConfigurerSupport;

/**
 * The generated configurer of the component or its endpoints, with the text of each numeric option checked against
 * {@link OptionRanges} before Camel converts it. Camel's conversion reads text that is no duration ({@code abc}) as 0,
 * and casts a number too large for an int, so that the option would be set to a value the user never gave and the
 * error would quote that value instead of the text.
 */
final class NumericTextConfigurer implements GeneratedPropertyConfigurer, PropertyConfigurerGetter {

    private final PropertyConfigurer delegate;
    private final PropertyConfigurerGetter getter;

    private NumericTextConfigurer(PropertyConfigurer delegate) {
        this.delegate = delegate;
        this.getter = (PropertyConfigurerGetter) delegate;
    }

    /** Wraps a generated configurer; null stays null, and a configurer that cannot read its options stays as it is. */
    static PropertyConfigurer wrap(PropertyConfigurer configurer) {
        return configurer instanceof PropertyConfigurerGetter && !(configurer instanceof NumericTextConfigurer)
                ? new NumericTextConfigurer(configurer) : configurer;
    }

    @Override
    public boolean configure(CamelContext camelContext, Object target, String name, Object value, boolean ignoreCase) {
        return delegate.configure(camelContext, target, name, checked(name, value), ignoreCase);
    }

    private Object checked(String name, Object value) {
        if (!(value instanceof String text) || text.startsWith("#") || PropertyConfigurerSupport.MAGIC_VALUE.equals(text)
            || getter.getOptionType(name, true) == null) {
            // a typed value is checked with the others once bound; a #bean reference is Camel's to resolve; an unknown
            // option is Camel's to report
            return value;
        }
        OptionRanges.Range range = OptionRanges.find(name);
        return range == null ? value : range.parse(text);
    }

    @Override
    public Class<?> getOptionType(String name, boolean ignoreCase) {
        return getter.getOptionType(name, ignoreCase);
    }

    @Override
    public Object getOptionValue(Object target, String name, boolean ignoreCase) {
        return getter.getOptionValue(target, name, ignoreCase);
    }

    @Override
    public Object getCollectionValueType(Object target, String name, boolean ignoreCase) {
        return getter.getCollectionValueType(target, name, ignoreCase);
    }
}
