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

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native-image configuration the jar ships (META-INF/native-image/io.workflowrun/camel-workflowrun/) stays true to
 * the jar: every class it names exists, every class a service file names (the providers ServiceLoader finds, the
 * component, configurers, URI factory and type converter loader Camel finds) is registered for reflection, every
 * resource the runtime reads is included, and every class whose static initializer makes a random number generator is
 * initialized at run time. No GraalVM is needed to check this; a native build is not run here.
 */
class NativeImageConfigTest {

    private static final String CONFIG = "META-INF/native-image/io.workflowrun/camel-workflowrun/";
    /** The folders of the jar whose files the runtime reads: service files, the catalog JSON, Kamelets. */
    private static final List<String> READ_AT_RUN_TIME = List.of("META-INF/services/", "META-INF/io/", "kamelets/");
    /** Read by Camel's tooling (catalog, CLI), never by a running application. */
    private static final Set<String> TOOLING_ONLY = Set.of("META-INF/services/org/apache/camel/component.properties");
    private static final Pattern LITERAL = Pattern.compile("\\\\Q(.*)\\\\E");

    private final ClassLoader loader = NativeImageConfigTest.class.getClassLoader();

    @Test
    void everyClassNamedInTheConfigurationExists() throws Exception {
        List<String> named = new ArrayList<>(reflected());
        named.addAll(initializedAtRunTime());
        assertThat(named).isNotEmpty();
        for (String name : named) {
            assertThat(exists(name)).as("%s, named in %s, is on the class path", name, CONFIG).isTrue();
        }
    }

    @Test
    void everyClassAServiceFileNamesIsRegisteredForReflection() throws Exception {
        Set<String> services = new TreeSet<>();
        for (Path file : jarFiles("META-INF/services/")) {
            if (!TOOLING_ONLY.contains(relative(file))) {
                services.addAll(classesNamedIn(file));
            }
        }
        assertThat(services).as("service classes").hasSizeGreaterThan(11);
        assertThat(reflected()).as("the classes %sreflect-config.json registers", CONFIG).containsAll(services);
    }

    @Test
    void everyResourceTheRuntimeReadsIsIncluded() throws Exception {
        List<Pattern> includes = new ArrayList<>();
        for (JsonNode include : config("resource-config.json").path("resources").path("includes")) {
            includes.add(Pattern.compile(include.path("pattern").asText()));
        }
        assertThat(includes).isNotEmpty();
        for (String folder : READ_AT_RUN_TIME) {
            for (Path file : jarFiles(folder)) {
                String resource = relative(file);
                if (!TOOLING_ONLY.contains(resource)) {
                    assertThat(includes).as("a pattern in %sresource-config.json that includes %s", CONFIG, resource)
                            .anyMatch(include -> include.matcher(resource).matches());
                }
            }
        }
    }

    @Test
    void everyIncludedResourceExists() throws Exception {
        for (JsonNode include : config("resource-config.json").path("resources").path("includes")) {
            String pattern = include.path("pattern").asText();
            Matcher literal = LITERAL.matcher(pattern);
            assertThat(literal.matches()).as("%s is a literal (\\Q...\\E), so that it can be checked", pattern).isTrue();
            assertThat(loader.getResource(literal.group(1))).as("the resource %s", literal.group(1)).isNotNull();
        }
    }

    @Test
    void everyClassWithAStaticRandomIsInitializedAtRunTime() throws Exception {
        Set<String> withRandom = new TreeSet<>();
        for (Path file : jarFiles("")) {
            String resource = relative(file);
            if (resource.endsWith(".class")) {
                Field[] fields;
                try {
                    fields = Class.forName(resource.replace('/', '.').substring(0, resource.length() - 6), false, loader)
                            .getDeclaredFields();
                } catch (NoClassDefFoundError e) {
                    // a class of an optional integration (tracing) whose library this test run leaves out: it holds
                    // no Random, and a native image without that library never loads it either
                    continue;
                }
                for (Field field : fields) {
                    if (Modifier.isStatic(field.getModifiers()) && Random.class.isAssignableFrom(field.getType())) {
                        withRandom.add(field.getDeclaringClass().getName());
                    }
                }
            }
        }
        assertThat(withRandom).as("classes with a static Random (SecureRandom)").isNotEmpty();
        assertThat(initializedAtRunTime()).as("the classes %snative-image.properties initializes at run time", CONFIG)
                .containsAll(withRandom);
    }

    private List<String> reflected() throws IOException {
        List<String> names = new ArrayList<>();
        config("reflect-config.json").forEach(entry -> names.add(entry.path("name").asText()));
        return names;
    }

    private List<String> initializedAtRunTime() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource(CONFIG + "native-image.properties")) {
            properties.load(in);
        }
        List<String> names = new ArrayList<>();
        for (String arg : properties.getProperty("Args", "").trim().split("\\s+")) {
            if (arg.startsWith("--initialize-at-run-time=")) {
                names.addAll(Arrays.asList(arg.substring(arg.indexOf('=') + 1).split(",")));
            }
        }
        return names;
    }

    private JsonNode config(String file) throws IOException {
        try (InputStream in = resource(CONFIG + file)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private InputStream resource(String name) {
        InputStream in = loader.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    /** By its class file: a class of an optional integration cannot be loaded without its library, yet exists. */
    private boolean exists(String className) {
        return loader.getResource(className.replace('.', '/') + ".class") != null;
    }

    /** The class names a service file gives: Camel's as {@code class=...}, java.util.ServiceLoader's one a line. */
    private static List<String> classesNamedIn(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String value = line.strip();
            if (value.isEmpty() || value.startsWith("#")) {
                continue;
            }
            names.add(value.startsWith("class=") ? value.substring("class=".length()) : value);
        }
        return names;
    }

    private static Path classes() throws Exception {
        return Path.of(WorkflowRunComponent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String relative(Path file) throws Exception {
        return classes().relativize(file).toString().replace('\\', '/');
    }

    /** The jar's files (its build output) under a folder. */
    private static List<Path> jarFiles(String folder) throws Exception {
        Path root = classes().resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
