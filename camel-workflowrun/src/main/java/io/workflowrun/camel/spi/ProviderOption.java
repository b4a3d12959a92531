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
package io.workflowrun.camel.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One endpoint option of a provider, on a getter of its options interface (see {@link ProviderDeclaration#options()}).
 * The attributes that Camel's {@code @UriParam} has mean what they mean there and are copied to it at build time; the
 * others are read by the core at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProviderOption {

    /** What the option does, as Camel's tooling and the docs show it. */
    String description();

    /** Camel's label (its group in tooling and docs): {@code common}, {@code security}, or the provider's own. */
    String label() default "common";

    String defaultValue() default "";

    /** The values allowed, comma-separated, where there is a fixed set. */
    String enums() default "";

    /** The type tooling shows, where it differs from the getter's (e.g. {@code java.time.Duration}). */
    String javaType() default "";

    /** Whether the value is a secret: masked by Camel's tooling and never written to a log or message. */
    boolean secret() default false;

    /** Checked when an endpoint of a provider that declares this option is created: it must be set and not blank. */
    boolean required() default false;

    /**
     * Whether the value tells apart the provider's credentials (an access key ID, an API key): the provider's default
     * rate limit is shared by the endpoints that use the same one.
     */
    boolean identifiesCredential() default false;

    /** The least value of a number option; NaN for none. */
    double min() default Double.NaN;

    /** The greatest value of a number option; NaN for none. */
    double max() default Double.NaN;
}
