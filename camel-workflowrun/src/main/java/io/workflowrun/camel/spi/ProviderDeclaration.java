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
 * What a provider declares besides its code, on its {@link WorkflowRunProvider} class: its id, the interface of its
 * endpoint options and the interface of its header constants. At build time the component's options class and headers
 * class are generated from every declaration (so Camel's tooling sees each option and header); at run time the core
 * reads the same declaration, so that no file outside a provider's package names that provider.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProviderDeclaration {

    /** The id used in the endpoint URI, e.g. {@code dify}. */
    String id();

    /**
     * The provider's endpoint options: an interface of getters annotated {@link ProviderOption}, which may extend the
     * shared ones of this package ({@link AccessKeyOptions}, {@link ApiKeyOption}, {@link TokenOption},
     * {@link RegionOption}, {@link ProjectIdOption}). The endpoint's configuration implements it: a provider reads its options through
     * {@link EndpointSettings#options(Class)}.
     */
    Class<?> options() default Void.class;

    /** The provider's header constants: an interface of {@code String} constants annotated with Camel's {@code @Metadata}. */
    Class<?> headers() default Void.class;
}
