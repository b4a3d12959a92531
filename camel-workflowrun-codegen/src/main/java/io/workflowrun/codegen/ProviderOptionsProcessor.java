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
package io.workflowrun.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Derives, from the providers' own declarations, the two classes through which Camel's tooling sees every provider:
 * <ul>
 * <li>{@code io.workflowrun.camel.RegisteredProviderOptions}: the superclass of the endpoint configuration, one
 * {@code @UriParam} field with getter and setter per option that a provider's options interface declares with
 * {@code @ProviderOption}, and the {@code provider} path with the registered ids as its enum;</li>
 * <li>{@code io.workflowrun.camel.RegisteredProviderHeaders}: the endpoint's headers class, extending the core's
 * {@code WorkflowRunConstants} and every provider's header constants.</li>
 * </ul>
 * Camel's catalog generator reads options only from the fields of one flat class and headers only from one class and
 * its supertypes, while each provider keeps its declarations in its own package: this processor joins the two, so
 * that adding a provider touches no file outside its package. It is written here rather than taken from a library
 * because what it joins (our own declaration annotations) is ours; it uses only the JDK's annotation-processing API.
 */
@SupportedAnnotationTypes(ProviderOptionsProcessor.DECLARATION)
public final class ProviderOptionsProcessor extends AbstractProcessor {

    static final String DECLARATION = "io.workflowrun.camel.spi.ProviderDeclaration";
    static final String OPTION = "io.workflowrun.camel.spi.ProviderOption";
    static final String PACKAGE = "io.workflowrun.camel";
    static final String OPTIONS_CLASS = "RegisteredProviderOptions";
    static final String HEADERS_CLASS = "RegisteredProviderHeaders";
    static final String CORE_HEADERS = PACKAGE + ".WorkflowRunConstants";

    /** The option attributes that only the runtime reads: they do not go into Camel's metadata. */
    private static final Set<String> RUNTIME_ONLY = Set.of("required", "identifiesCredential", "min", "max");

    private boolean generated;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (generated || annotations.isEmpty()) {
            return false;
        }
        Map<String, Declaration> providers = new TreeMap<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                Declaration declaration = Declaration.of((TypeElement) element, mirror(element, DECLARATION));
                Declaration clash = providers.put(declaration.id(), declaration);
                if (clash != null) {
                    error(element, "provider id '" + declaration.id() + "' is declared twice: by " + clash.type() + " and "
                                   + declaration.type());
                }
            }
        }
        if (providers.isEmpty()) {
            return false;
        }
        generated = true;
        Map<String, Option> options = new TreeMap<>();
        for (Declaration provider : providers.values()) {
            if (provider.options() != null && !collectOptions(provider, options)) {
                return true;
            }
        }
        try {
            writeOptions(providers, options);
            writeHeaders(providers);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write the generated providers' classes: " + e);
        }
        return true;
    }

    /** Adds the provider's options; false after reporting an error. */
    private boolean collectOptions(Declaration provider, Map<String, Option> options) {
        TypeElement type = provider.options();
        if (type.getKind() != ElementKind.INTERFACE) {
            error(type, provider.id() + ": the options type " + type + " must be an interface of @ProviderOption getters");
            return false;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(processingEnv.getElementUtils().getAllMembers(type))) {
            if (!method.getModifiers().contains(Modifier.ABSTRACT) || !isInterface(method.getEnclosingElement())) {
                continue;
            }
            AnnotationMirror annotation = mirror(method, OPTION);
            String name = propertyName(method);
            if (annotation == null || name == null || !method.getParameters().isEmpty()) {
                error(method, provider.id() + ": " + method.getEnclosingElement() + "." + method.getSimpleName()
                              + " must be a getter (getX() or isX()) annotated @ProviderOption");
                return false;
            }
            Option option = new Option(name, method.getReturnType(),
                    processingEnv.getElementUtils().getElementValuesWithDefaults(annotation), method.getEnclosingElement());
            Option earlier = options.putIfAbsent(name, option);
            if (earlier != null && !earlier.declaredBy().equals(option.declaredBy())) {
                error(method, "option '" + name + "' is declared by both " + earlier.declaredBy() + " and "
                              + option.declaredBy() + ": declare it once, in an interface both providers' options extend");
                return false;
            }
        }
        return true;
    }

    private void writeOptions(Map<String, Declaration> providers, Map<String, Option> options) throws IOException {
        StringBuilder source = new StringBuilder();
        source.append("package ").append(PACKAGE).append(";\n\n");
        source.append("/**\n * Generated by {@code ").append(getClass().getName())
                .append("} from the registered providers' declarations: do not edit.\n */\n");
        source.append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n");
        source.append("public abstract class ").append(OPTIONS_CLASS);
        List<String> interfaces = new ArrayList<>();
        for (Declaration provider : providers.values()) {
            if (provider.options() != null) {
                interfaces.add(provider.options().getQualifiedName().toString());
            }
        }
        if (!interfaces.isEmpty()) {
            source.append("\n        implements ").append(String.join(",\n                   ", interfaces));
        }
        source.append(" {\n\n");
        String ids = String.join(",", providers.keySet());
        source.append("    @org.apache.camel.spi.UriPath(description = ")
                .append(literal("The provider id: " + String.join(", ", providers.keySet()) + "."))
                .append(", enums = ").append(literal(ids)).append(")\n");
        source.append("    @org.apache.camel.spi.Metadata(required = true)\n");
        source.append("    private String provider;\n");
        for (Option option : options.values()) {
            source.append(option.field());
        }
        source.append("\n    public String getProvider() {\n        return provider;\n    }\n\n");
        source.append("    public void setProvider(String provider) {\n        this.provider = provider;\n    }\n");
        for (Option option : options.values()) {
            source.append(option.accessors());
        }
        source.append("}\n");
        write(OPTIONS_CLASS, source, providers);
    }

    private void writeHeaders(Map<String, Declaration> providers) throws IOException {
        List<String> supertypes = new ArrayList<>();
        supertypes.add(CORE_HEADERS);
        for (Declaration provider : providers.values()) {
            if (provider.headers() != null) {
                if (provider.headers().getKind() != ElementKind.INTERFACE) {
                    error(provider.headers(), provider.id() + ": the headers type " + provider.headers()
                                              + " must be an interface of @Metadata String constants");
                    return;
                }
                supertypes.add(provider.headers().getQualifiedName().toString());
            }
        }
        StringBuilder source = new StringBuilder();
        source.append("package ").append(PACKAGE).append(";\n\n");
        source.append("/**\n * Every header of the component: the core's and each registered provider's. Generated by {@code ")
                .append(getClass().getName()).append("}: do not edit.\n */\n");
        source.append("@javax.annotation.processing.Generated(\"").append(getClass().getName()).append("\")\n");
        source.append("public interface ").append(HEADERS_CLASS).append("\n        extends ")
                .append(String.join(",\n                ", supertypes)).append(" {\n}\n");
        write(HEADERS_CLASS, source, providers);
    }

    private void write(String simpleName, CharSequence source, Map<String, Declaration> providers) throws IOException {
        Filer filer = processingEnv.getFiler();
        Element[] origins = providers.values().stream().map(Declaration::type).toArray(Element[]::new);
        try (Writer writer = filer.createSourceFile(PACKAGE + "." + simpleName, origins).openWriter()) {
            writer.append(source);
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    private static boolean isInterface(Element element) {
        return element.getKind() == ElementKind.INTERFACE;
    }

    private static String propertyName(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        String bare;
        if (name.startsWith("get") && name.length() > 3) {
            bare = name.substring(3);
        } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            bare = name.substring(2);
        } else {
            return null;
        }
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    static AnnotationMirror mirror(Element element, String annotationType) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationType)) {
                return mirror;
            }
        }
        return null;
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** One provider's {@code @ProviderDeclaration}. */
    record Declaration(String id, TypeElement type, TypeElement options, TypeElement headers) {

        static Declaration of(TypeElement type, AnnotationMirror annotation) {
            String id = null;
            TypeElement options = null;
            TypeElement headers = null;
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues().entrySet()) {
                String name = entry.getKey().getSimpleName().toString();
                Object value = entry.getValue().getValue();
                switch (name) {
                    case "id" -> id = (String) value;
                    case "options" -> options = declared((TypeMirror) value);
                    case "headers" -> headers = declared((TypeMirror) value);
                    default -> {
                    }
                }
            }
            return new Declaration(id, type, options, headers);
        }

        private static TypeElement declared(TypeMirror type) {
            if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element
                && !element.getQualifiedName().contentEquals("java.lang.Void")) {
                return element;
            }
            return null;
        }
    }

    /** One option: the field Camel's tooling reads, with the declaration's attributes as {@code @UriParam}. */
    record Option(String name, TypeMirror type, Map<? extends ExecutableElement, ? extends AnnotationValue> declaration,
                  Element declaredBy) {

        String field() {
            List<String> attributes = new ArrayList<>();
            String defaultValue = null;
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : declaration.entrySet()) {
                String attribute = entry.getKey().getSimpleName().toString();
                if (RUNTIME_ONLY.contains(attribute)) {
                    continue;
                }
                if (attribute.equals("defaultValue")) {
                    defaultValue = (String) entry.getValue().getValue();
                }
                // the JDK gives each value in the form it takes in source code
                attributes.add(attribute + " = " + entry.getValue());
            }
            return "\n    @org.apache.camel.spi.UriParam(" + String.join(", ", attributes) + ")\n"
                   + "    private " + type + " " + name + initializer(defaultValue) + ";\n";
        }

        private String initializer(String defaultValue) {
            if (defaultValue == null || defaultValue.isEmpty()) {
                return "";
            }
            String typeName = type.toString();
            return switch (typeName) {
                case "java.lang.String" -> " = " + literal(defaultValue);
                case "boolean", "java.lang.Boolean" -> " = " + Boolean.parseBoolean(defaultValue);
                case "int", "java.lang.Integer" -> " = " + Integer.parseInt(defaultValue);
                case "long", "java.lang.Long" -> " = " + Long.parseLong(defaultValue) + "L";
                case "double", "java.lang.Double" -> " = " + Double.parseDouble(defaultValue) + "d";
                default -> throw new IllegalArgumentException(
                        "option " + name + ": a default value for type " + typeName + " is not supported; use a String");
            };
        }

        String accessors() {
            String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String getter = (type.getKind() == TypeKind.BOOLEAN ? "is" : "get") + suffix;
            return "\n    @Override\n    public " + type + " " + getter + "() {\n        return " + name + ";\n    }\n\n"
                   + "    public void set" + suffix + "(" + type + " " + name + ") {\n        this." + name + " = " + name + ";\n    }\n";
        }
    }
}
