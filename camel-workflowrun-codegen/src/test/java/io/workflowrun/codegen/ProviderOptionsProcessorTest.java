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
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compiles small provider declarations with the processor, as the component's build does, and checks what Camel's
 * tooling will read from the result: the fields, their {@code @UriParam}s, the provider enum and the headers' supertypes.
 */
class ProviderOptionsProcessorTest {

    /** The declaration annotations, as the component's SPI has them (the processor knows them by name only). */
    private static final Map<String, String> SPI = Map.of(
            "io/workflowrun/camel/spi/ProviderDeclaration.java", """
                    package io.workflowrun.camel.spi;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface ProviderDeclaration {
                        String id();
                        Class<?> options() default Void.class;
                        Class<?> headers() default Void.class;
                    }
                    """,
            "io/workflowrun/camel/spi/ProviderOption.java", """
                    package io.workflowrun.camel.spi;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface ProviderOption {
                        String description();
                        String label() default "common";
                        String defaultValue() default "";
                        String enums() default "";
                        String javaType() default "";
                        boolean secret() default false;
                        boolean required() default false;
                        boolean identifiesCredential() default false;
                        double min() default Double.NaN;
                        double max() default Double.NaN;
                    }
                    """,
            "io/workflowrun/camel/spi/KeyOption.java", """
                    package io.workflowrun.camel.spi;
                    public interface KeyOption {
                        @ProviderOption(label = "security", secret = true, required = true, identifiesCredential = true,
                                        description = "The \\"key\\".")
                        String getKey();
                    }
                    """,
            "io/workflowrun/camel/WorkflowRunConstants.java", """
                    package io.workflowrun.camel;
                    public interface WorkflowRunConstants {
                        String RUN_ID = "CamelWorkflowRunId";
                    }
                    """);

    @TempDir
    Path dir;

    @Test
    void optionsOfEveryProviderBecomeFieldsThatCamelToolingReads() throws Exception {
        Map<String, String> sources = new java.util.HashMap<>(SPI);
        sources.putAll(provider("alpha", "Alpha", """
                @ProviderOption(label = "alpha", description = "Alpha: the mode.", defaultValue = "fast", enums = "fast,slow")
                String getMode();
                @ProviderOption(label = "alpha", description = "Alpha: the version.", min = 0)
                Integer getVersion();
                @ProviderOption(label = "alpha", description = "Alpha: verbose.", defaultValue = "true")
                boolean isVerbose();
                """, "KeyOption"));
        sources.putAll(provider("beta", "Beta", """
                @ProviderOption(label = "beta", description = "Beta: the team.", required = true)
                String getTeam();
                """, "KeyOption"));

        Compilation compilation = compile(sources);

        assertThat(compilation.errors()).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] { dir.resolve("classes").toUri().toURL() }, getClass().getClassLoader())) {
            Class<?> options = loader.loadClass("io.workflowrun.camel.RegisteredProviderOptions");
            assertThat(options.getInterfaces()).extracting(Class::getName)
                    .containsExactly("test.alpha.AlphaOptions", "test.beta.BetaOptions");
            UriPath provider = options.getDeclaredField("provider").getAnnotation(UriPath.class);
            assertThat(provider.enums()).isEqualTo("alpha,beta");
            assertThat(fields(options)).containsExactly("provider", "key", "mode", "team", "verbose", "version");

            UriParam key = options.getDeclaredField("key").getAnnotation(UriParam.class);
            assertThat(key.secret()).isTrue();
            assertThat(key.label()).isEqualTo("security");
            assertThat(key.description()).isEqualTo("The \"key\".");
            UriParam mode = options.getDeclaredField("mode").getAnnotation(UriParam.class);
            assertThat(mode.defaultValue()).isEqualTo("fast");
            assertThat(mode.enums()).isEqualTo("fast,slow");
            UriParam team = options.getDeclaredField("team").getAnnotation(UriParam.class);
            assertThat(team.label()).isEqualTo("beta");

            // the field starts at the declared default, as the catalog says; the setter and getter reach it
            Object instance = loader.loadClass("test.Concrete").getDeclaredConstructor().newInstance();
            assertThat(options.getMethod("getMode").invoke(instance)).isEqualTo("fast");
            assertThat(options.getMethod("isVerbose").invoke(instance)).isEqualTo(true);
            Method setTeam = options.getMethod("setTeam", String.class);
            setTeam.invoke(instance, "t1");
            assertThat(loader.loadClass("test.beta.BetaOptions").getMethod("getTeam").invoke(instance)).isEqualTo("t1");

            Class<?> headers = loader.loadClass("io.workflowrun.camel.RegisteredProviderHeaders");
            assertThat(headers.getInterfaces()).extracting(Class::getName)
                    .containsExactly("io.workflowrun.camel.WorkflowRunConstants", "test.alpha.AlphaConstants", "test.beta.BetaConstants");
            assertThat(headers.getField("ALPHA_HEADER").get(null)).isEqualTo("CamelWorkflowRunAlpha");
        }
    }

    @Test
    void anOptionDeclaredTwiceIsRefusedNamingBothDeclarations() {
        Map<String, String> sources = new java.util.HashMap<>(SPI);
        sources.putAll(provider("alpha", "Alpha", """
                @ProviderOption(description = "Alpha: region.")
                String getRegion();
                """, null));
        sources.putAll(provider("beta", "Beta", """
                @ProviderOption(description = "Beta: region.")
                String getRegion();
                """, null));

        Compilation compilation = compile(sources);

        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error)
                .contains("option 'region' is declared by both test.alpha.AlphaOptions and test.beta.BetaOptions"));
    }

    @Test
    void aMethodThatIsNotAnAnnotatedGetterIsRefused() {
        Map<String, String> sources = new java.util.HashMap<>(SPI);
        sources.putAll(provider("alpha", "Alpha", """
                String region();
                """, null));

        Compilation compilation = compile(sources);

        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error)
                .contains("alpha: test.alpha.AlphaOptions.region must be a getter (getX() or isX()) annotated @ProviderOption"));
    }

    @Test
    void twoProvidersWithOneIdAreRefused() {
        Map<String, String> sources = new java.util.HashMap<>(SPI);
        sources.putAll(provider("alpha", "Alpha", "", null));
        Map<String, String> twin = provider("alpha", "Twin", "", null);
        twin.keySet().removeIf(path -> path.startsWith("test/Concrete"));
        sources.putAll(twin);

        Compilation compilation = compile(sources);

        assertThat(compilation.errors()).anySatisfy(error -> assertThat(error).contains("provider id 'alpha' is declared twice"));
    }

    /** A provider's three files: declaration, options interface, constants; and a concrete subclass of the options. */
    private static Map<String, String> provider(String id, String name, String options, String sharedOption) {
        String pkg = "test." + name.toLowerCase(java.util.Locale.ROOT);
        String dir = pkg.replace('.', '/');
        Map<String, String> files = new java.util.HashMap<>();
        files.put(dir + "/" + name + "Provider.java", "package " + pkg + ";\n"
                + "@io.workflowrun.camel.spi.ProviderDeclaration(id = \"" + id + "\", options = " + name + "Options.class, headers = "
                + name + "Constants.class)\npublic final class " + name + "Provider {}\n");
        files.put(dir + "/" + name + "Options.java", "package " + pkg + ";\nimport io.workflowrun.camel.spi.ProviderOption;\n"
                + "public interface " + name + "Options" + (sharedOption == null ? "" : " extends io.workflowrun.camel.spi." + sharedOption)
                + " {\n" + options + "}\n");
        files.put(dir + "/" + name + "Constants.java", "package " + pkg + ";\npublic interface " + name + "Constants {\n"
                + "    String " + name.toUpperCase(java.util.Locale.ROOT) + "_HEADER = \"CamelWorkflowRun" + name + "\";\n}\n");
        files.put("test/Concrete.java", "package test;\npublic class Concrete extends io.workflowrun.camel.RegisteredProviderOptions {}\n");
        return files;
    }

    private static List<String> fields(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            names.add(field.getName());
        }
        return names;
    }

    record Compilation(List<String> errors) {
    }

    private Compilation compile(Map<String, String> sources) {
        try {
            Path src = dir.resolve("src");
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
                JavaCompiler.CompilationTask task = compiler.getTask(null, fileManager, diagnostics,
                        List.of("-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated")).toString(),
                                "-classpath", System.getProperty("java.class.path")),
                        null, fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(List.of(new ProviderOptionsProcessor()));
                task.call();
            }
            return new Compilation(diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(null))
                    .collect(Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
