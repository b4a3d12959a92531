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
package io.workflowrun.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A new user's first minutes, outside this repository: a Maven project made only of what the README and the rendered
 * testing page show (the page's {@code pom.xml}, route and test class, copied from the HTML as a reader copies them),
 * against the component and the simulator installed into a Maven repository of its own under {@code target/}, as
 * {@code ./mvnw install} would install them, builds and passes its tests. The build's Maven runs it; the local
 * repository this build uses is only read (a chained, read-only tail), so nothing is installed there.
 */
class FirstProjectTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path PAGE = Path.of("target/generated-docs/testing-with-the-simulator.html");
    private static final Path PROJECT = Path.of("target/first-project").toAbsolutePath();
    private static final Path REPOSITORY = Path.of("target/first-project-repository").toAbsolutePath();
    private static final Path LOG = Path.of("target/first-project.log").toAbsolutePath();
    private static final String README_MARKER = "<!-- first-project: dependency";
    private static final Pattern OUR_ARTIFACT = Pattern.compile("<groupId>io\\.workflowrun</groupId>\\s*<artifactId>([^<]+)</artifactId>");
    private static final Pattern TYPE = Pattern.compile("(?m)^public class (\\w+)|^class (\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    @Test
    void theReadmeAndTestingPageMakeAProjectThatBuildsAndPassesOutsideTheReactor() throws Exception {
        Document page = Jsoup.parse(PAGE.toFile(), "UTF-8");
        String pom = listing(page, "first-project-pom");
        String route = listing(page, "first-project-route");
        String test = listing(page, "first-project-test");
        assertThat(squeezed(pom)).as("the testing page's pom.xml holds the README's dependency block").contains(squeezed(readmeDependency()));

        deleteRecursively(PROJECT);
        // a .mvn folder of its own, so that Maven does not take this repository's for the project's root
        Files.createDirectories(PROJECT.resolve(".mvn"));
        Files.writeString(PROJECT.resolve("pom.xml"), pom);
        writeSource(PROJECT.resolve("src/main/java"), route);
        writeSource(PROJECT.resolve("src/test/java"), test);
        deleteRecursively(REPOSITORY);
        installParent();
        Matcher ours = OUR_ARTIFACT.matcher(pom);
        while (ours.find()) {
            install(ours.group(1));
        }

        int exit = runMaven();

        String log = Files.readString(LOG);
        assertThat(exit).as("Maven's exit code for the project in %s; its log ends:%n%s", PROJECT, tail(log)).isZero();
        assertThat(log).as(tail(log)).contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0").contains("BUILD SUCCESS");
    }

    /** The text of the listing block with this id, as a reader copies it from the page. */
    private static String listing(Document page, String id) {
        Element block = page.getElementById(id);
        assertThat(block).as("a listing block with id " + id + " in " + PAGE).isNotNull();
        return block.selectFirst("pre").wholeText().strip() + "\n";
    }

    /** The fenced block that follows the README's marker. */
    private static String readmeDependency() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int marker = readme.indexOf(README_MARKER);
        assertThat(marker).as("the README marks its dependency block with " + README_MARKER).isNotNegative();
        int start = readme.indexOf("```xml\n", marker) + "```xml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static void writeSource(Path sourceRoot, String source) throws IOException {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = TYPE.matcher(source);
        assertThat(pkg.find() && type.find()).as("a package and a top-level class in:%n" + source).isTrue();
        String name = type.group(1) != null ? type.group(1) : type.group(2);
        Path file = sourceRoot.resolve(pkg.group(1).replace('.', '/')).resolve(name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }

    /** What {@code ./mvnw install} puts into a local repository for the parent: its POM. */
    private static void installParent() throws IOException {
        copy(ROOT.resolve("pom.xml"), artifact("camel-workflowrun-parent", "pom"));
    }

    /** What {@code ./mvnw install} puts into a local repository for a module: its POM and its jar, as the build made it. */
    private static void install(String artifactId) throws IOException {
        Path module = ROOT.resolve(artifactId);
        Path jar = module.resolve("target/" + artifactId + "-" + version() + ".jar");
        assertThat(jar).as("%s, packaged by this build before the docs module (./mvnw -B verify -pl docs -am)", jar).exists();
        copy(module.resolve("pom.xml"), artifact(artifactId, "pom"));
        copy(jar, artifact(artifactId, "jar"));
    }

    private static Path artifact(String artifactId, String extension) {
        return REPOSITORY.resolve("io/workflowrun/" + artifactId + "/" + version() + "/" + artifactId + "-" + version() + "." + extension);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Runs {@code mvn test} on the project with this build's Maven and JDK. Its local repository is the one it has of
     * its own; this build's is a read-only tail (Maven 3.9), where it finds the third-party artifacts this build has
     * already; what is missing from both it downloads, unless this build is offline.
     */
    private static int runMaven() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(property("firstProject.mavenHome"), "bin", "mvn").toString(), "-B",
                "-f", PROJECT.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + REPOSITORY,
                "-Dmaven.repo.local.tail=" + property("firstProject.localRepository")));
        if (property("firstProject.offline").equals("settings.offline=true")) {
            command.add("-o");
        }
        command.add("test");
        ProcessBuilder maven = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        maven.environment().remove("MAVEN_ARGS");
        Process process = maven.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish the project in 5 minutes; see " + LOG);
        }
        return process.exitValue();
    }

    private static String version() {
        return property("firstProject.version");
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value).as("system property " + name + " (set by the docs module's surefire configuration)").isNotBlank();
        return value;
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
