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
package io.workflowrun.camel.springboot.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.lang.model.SourceVersion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.TimeUtils;

/**
 * Writes the starter's {@code <Component>Configuration} (the {@code camel.component.<scheme>.*} properties, from which
 * spring-boot-configuration-processor makes {@code META-INF/spring-configuration-metadata.json}) and
 * {@code <Component>Converter} (lets the object-typed properties name a Spring bean) from the component's Camel catalog
 * JSON, so that every component option reaches Spring Boot with its description, type and default, and none is
 * listed by hand. The two classes have the shape Apache Camel's own starters have.
 * <p>
 * Written here rather than taken from Camel: Camel's generator
 * ({@code org.apache.camel.springboot:camel-spring-boot-generator-maven-plugin}) is not served by the registry this
 * project builds from. The build runs this file as a single-file program ({@code java -cp <compile class path>
 * StarterSourcesGenerator.java}, JEP 330) at generate-sources, with the component on the class path; see the starter's
 * pom.xml. It names no option: it reads them all from the catalog's {@code componentProperties}.
 * <p>
 * Arguments: the catalog's resource path, the package to write the classes in, the source folder to write them to.
 */
public final class StarterSourcesGenerator {

    private static final String GENERATOR = StarterSourcesGenerator.class.getName();
    /** Where Camel's own starters wrap their javadoc; the processor joins the lines again. */
    private static final int JAVADOC_WIDTH = 80;
    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "byte", "java.lang.Byte",
            "short", "java.lang.Short", "int", "java.lang.Integer", "long", "java.lang.Long", "float", "java.lang.Float",
            "double", "java.lang.Double", "char", "java.lang.Character");

    private final JsonNode component;
    private final List<Option> options;
    private final String catalogPath;
    private final String packageName;
    private final Imports imports;

    private StarterSourcesGenerator(String catalogPath, String packageName) {
        JsonNode catalog = readCatalog(catalogPath);
        this.component = catalog.get("component");
        this.catalogPath = catalogPath;
        this.packageName = packageName;
        this.imports = new Imports(packageName, componentClass() + "Configuration");
        List<Option> read = new ArrayList<>();
        catalog.get("componentProperties").properties().forEach(e -> read.add(new Option(e.getKey(), e.getValue())));
        read.sort(Comparator.comparingInt(o -> o.json.path("index").asInt()));
        this.options = read;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("Usage: StarterSourcesGenerator <catalog resource, e.g. META-INF/io/workflowrun/camel/workflowrun.json>"
                                               + " <package> <source folder>; given: " + List.of(args));
        }
        StarterSourcesGenerator generator = new StarterSourcesGenerator(args[0], args[1]);
        Path folder = Path.of(args[2]).resolve(args[1].replace('.', '/'));
        write(folder.resolve(generator.componentClass() + "Configuration.java"), generator.configurationClass());
        write(folder.resolve(generator.componentClass() + "Converter.java"), generator.converterClass());
    }

    private static JsonNode readCatalog(String path) {
        try (InputStream in = StarterSourcesGenerator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path: the component's jar (or classes) must be");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** Writes only a changed text, so that an unchanged class is not compiled again. */
    private static void write(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code WorkflowRunComponent} for {@code io.workflowrun.camel.WorkflowRunComponent}. */
    private String componentClass() {
        String javaType = component.get("javaType").asText();
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    private String scheme() {
        return component.get("scheme").asText();
    }

    private String configurationClass() {
        String className = componentClass() + "Configuration";
        String duration = imports.use("java.time.Duration");
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        javadoc(fields, "    ", "Whether to enable auto configuration of the " + scheme() + " component. This is enabled by default.");
        fields.append("    private Boolean enabled;\n");
        for (Option option : options) {
            String type = option.fieldType(imports);
            String initial = option.initializer(imports, duration);
            javadoc(fields, "    ", option.description());
            if (option.deprecated()) {
                fields.append("    @Deprecated\n");
            }
            fields.append("    private ").append(type).append(' ').append(option.name)
                    .append(initial == null ? "" : " = " + initial).append(";\n");
            accessors.append('\n');
            if (option.deprecated()) {
                accessors.append("    @Deprecated\n    @")
                        .append(imports.use("org.springframework.boot.context.properties.DeprecatedConfigurationProperty"))
                        .append('\n');
            }
            accessors.append("    public ").append(type).append(" get").append(option.capitalized()).append("() {\n")
                    .append("        return ").append(option.name).append(";\n    }\n\n")
                    .append("    public void set").append(option.capitalized()).append('(').append(type).append(' ')
                    .append(option.name).append(") {\n")
                    .append("        this.").append(option.name).append(" = ").append(option.name).append(";\n    }\n");
        }
        String common = imports.use("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        String properties = imports.use("org.springframework.boot.context.properties.ConfigurationProperties");
        String generated = imports.use("javax.annotation.processing.Generated");
        StringBuilder out = new StringBuilder(header());
        out.append(imports.declarations()).append('\n');
        javadoc(out, "", "The {@code camel.component." + scheme() + ".*} properties: every option of the " + scheme()
                         + " component, described as in its Camel metadata (so IDEs, through"
                         + " {@code spring-configuration-metadata.json}, show what Camel tooling shows), with the"
                         + " component's own defaults. Durations also take a unit ({@code 5s}); plain numbers are"
                         + " milliseconds, as in endpoint URIs.");
        out.append('@').append(generated).append("(\"").append(GENERATOR).append("\")\n")
                .append('@').append(properties).append("(prefix = \"camel.component.").append(scheme()).append("\")\n")
                .append("public class ").append(className).append(" extends ").append(common).append(" {\n\n")
                .append(fields).append(accessors).append("}\n");
        return out.toString();
    }

    private String converterClass() {
        Set<String> beanTypes = new LinkedHashSet<>();
        for (Option option : options) {
            if ("object".equals(option.json.path("type").asText())) {
                beanTypes.add(Imports.sourceName(Imports.erasure(option.javaType())));
            }
        }
        List<String> pairs = new ArrayList<>();
        for (String type : beanTypes) {
            pairs.add("new ConvertiblePair(String.class, " + type + ".class)");
        }
        String className = componentClass() + "Converter";
        return header() + """
                import java.util.Set;

                import javax.annotation.processing.Generated;

                import org.springframework.boot.autoconfigure.AutoConfiguration;
                import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
                import org.springframework.context.ApplicationContext;
                import org.springframework.core.convert.TypeDescriptor;
                import org.springframework.core.convert.converter.GenericConverter;

                /**
                 * Lets the object-typed {@code camel.component.%2$s.*} properties name a Spring bean, as in Camel's own
                 * starters: {@code #myBean} or {@code #bean:myBean}.
                 */
                @Generated("%3$s")
                @AutoConfiguration
                @ConfigurationPropertiesBinding
                public class %1$s implements GenericConverter {

                    private final ApplicationContext applicationContext;

                    public %1$s(ApplicationContext applicationContext) {
                        this.applicationContext = applicationContext;
                    }

                    @Override
                    public Set<ConvertiblePair> getConvertibleTypes() {
                        return Set.of(%4$s);
                    }

                    @Override
                    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
                        if (source == null || !source.toString().startsWith("#")) {
                            return null;
                        }
                        String ref = source.toString();
                        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
                        return applicationContext.getBean(name, targetType.getType());
                    }
                }
                """.formatted(className, scheme(), GENERATOR, String.join(",\n                ", pairs));
    }

    private String header() {
        return "/*\n * Generated by " + GENERATOR + " from " + catalogPath + " (the component's Camel catalog):\n"
               + " * do not edit; a component option added there appears here at the next build.\n */\n"
               + "package " + packageName + ";\n\n";
    }

    /**
     * A javadoc comment: spring-boot-configuration-processor reads it as the property's description, joining the lines
     * and stopping at the first line that starts with a block tag, so no line starts with {@code @}.
     */
    private static void javadoc(StringBuilder out, String indent, String text) {
        if (text.contains("*/") || text.contains("\\u")) {
            throw new IllegalArgumentException("A description cannot be put in a javadoc comment as it is (it holds */ or \\u): " + text);
        }
        out.append(indent).append("/**\n");
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            boolean fits = line.length() + 1 + word.length() <= JAVADOC_WIDTH;
            if (line.length() > 0 && !fits && !word.startsWith("@")) {
                out.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.append(indent).append(" * ").append(line).append('\n').append(indent).append(" */\n");
    }

    /** One entry of the catalog's componentProperties. */
    private static final class Option {

        private final String name;
        private final JsonNode json;

        Option(String name, JsonNode json) {
            if (!SourceVersion.isName(name)) {
                throw new IllegalArgumentException("Option " + name + " is not a Java name: it cannot be a field of the starter's options class");
            }
            this.name = name;
            this.json = json;
        }

        String javaType() {
            return json.get("javaType").asText();
        }

        boolean deprecated() {
            return json.path("deprecated").asBoolean(false);
        }

        boolean isDuration() {
            return "duration".equals(json.path("type").asText());
        }

        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /**
         * The catalog's description; an object-typed option also names its type, as Camel's starters do, and a duration
         * says what Spring Boot takes for it.
         */
        String description() {
            String description = json.path("description").asText("");
            if ("object".equals(json.path("type").asText())) {
                description += " The option is a " + javaType() + " type.";
            }
            if (isDuration()) {
                description += " A plain number is milliseconds; a unit may be given, e.g. 5s.";
            }
            return description;
        }

        /** Boxed, so that an unset property stays null and leaves the component's own value alone. */
        String fieldType(Imports imports) {
            if (isDuration()) {
                return imports.use("java.time.Duration");
            }
            return imports.use(BOXED.getOrDefault(javaType(), javaType()));
        }

        /** The default as a Java expression spring-boot-configuration-processor can read, or null when there is none. */
        String initializer(Imports imports, String duration) {
            JsonNode value = json.get("defaultValue");
            if (value == null || value.isNull()) {
                return null;
            }
            String text = value.asText();
            if (isDuration()) {
                return duration + ".ofMillis(" + TimeUtils.toMilliSeconds(text) + ")";
            }
            String type = BOXED.getOrDefault(javaType(), javaType());
            return switch (type) {
                case "java.lang.String" -> Imports.stringLiteral(text);
                case "java.lang.Boolean" -> String.valueOf(Boolean.parseBoolean(text));
                case "java.lang.Integer" -> String.valueOf(Integer.parseInt(text));
                case "java.lang.Long" -> Long.parseLong(text) + "L";
                case "java.lang.Short" -> "(short) " + Short.parseShort(text);
                case "java.lang.Byte" -> "(byte) " + Byte.parseByte(text);
                case "java.lang.Double" -> text + "D";
                case "java.lang.Float" -> text + "F";
                case "java.lang.Character" -> "'" + Imports.escape(text.substring(0, 1)) + "'";
                default -> enumConstant(imports, type, text);
            };
        }

        private String enumConstant(Imports imports, String type, String text) {
            Class<?> enumType;
            try {
                enumType = Class.forName(type.replaceAll("<.*", ""), false, StarterSourcesGenerator.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Option " + name + ": its type " + type + " is not on the class path", e);
            }
            if (!enumType.isEnum()) {
                System.err.println("[StarterSourcesGenerator] option " + name + ": default " + text + " of type " + type
                                   + " has no Java literal; the component's own default applies");
                return null;
            }
            for (Object constant : enumType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text) || constant.toString().equals(text)) {
                    return imports.use(type) + "." + ((Enum<?>) constant).name();
                }
            }
            throw new IllegalStateException("Option " + name + ": default " + text + " is none of " + type + "'s constants");
        }
    }

    /** The imports of one class: simple names where they do not clash, qualified names where they would. */
    private static final class Imports {

        private final String packageName;
        private final Map<String, String> bySimpleName = new TreeMap<>();

        Imports(String packageName, String className) {
            this.packageName = packageName;
            bySimpleName.put(className, packageName + "." + className);
        }

        /** The name to write for a type, importing it when it can be. */
        String use(String type) {
            String source = sourceName(type);
            if (!source.matches("[\\w.]+") || !source.contains(".")) {
                return source;
            }
            String simple = source.substring(source.lastIndexOf('.') + 1);
            String owner = source.substring(0, source.lastIndexOf('.'));
            if (owner.equals("java.lang") || owner.equals(packageName)) {
                return simple;
            }
            String taken = bySimpleName.putIfAbsent(simple, source);
            return taken == null || taken.equals(source) ? simple : source;
        }

        String declarations() {
            StringBuilder out = new StringBuilder();
            for (String type : new TreeSet<>(bySimpleName.values())) {
                if (!type.startsWith(packageName + ".") || type.indexOf('.', packageName.length() + 1) >= 0) {
                    out.append("import ").append(type).append(";\n");
                }
            }
            return out.toString();
        }

        /** {@code a.B.C} for the catalog's {@code a.B$C}. */
        static String sourceName(String javaType) {
            return javaType.replace('$', '.');
        }

        static String erasure(String javaType) {
            int generic = javaType.indexOf('<');
            return generic < 0 ? javaType : javaType.substring(0, generic);
        }

        static String stringLiteral(String text) {
            return '"' + escape(text) + '"';
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '"' -> out.append("\\\"");
                    case '\'' -> out.append("\\'");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.toString();
        }
    }
}
