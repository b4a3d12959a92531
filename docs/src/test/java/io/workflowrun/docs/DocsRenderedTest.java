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
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.workflowrun.camel.spi.WorkflowRunProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML the build rendered (phase process-classes, before the tests): every option and header of the component's
 * JSON metadata is in the component page with its description, and every page, internal link and image resolves.
 */
class DocsRenderedTest {

    private static final Path SITE = Path.of("target/generated-docs");
    /** A link with a scheme (https:, mailto:) leaves the rendered site. */
    private static final Pattern ABSOLUTE = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static JsonNode metadata;
    private static Document componentPage;

    @BeforeAll
    static void read() throws IOException {
        // read with Jackson directly, not through the generator's reader, so that a fault there cannot hide itself
        try (InputStream in = DocsRenderedTest.class.getClassLoader().getResourceAsStream(ComponentMetadata.RESOURCE)) {
            assertThat(in).as(ComponentMetadata.RESOURCE + " on the classpath").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        componentPage = parse(SITE.resolve("workflowrun-component.html"));
    }

    @Test
    void everyComponentOptionIsInTheComponentOptionsTableWithItsDescription() {
        assertRows(metadata.path("componentProperties"), "component-option-");
    }

    @Test
    void everyEndpointPathAndQueryOptionIsInTheEndpointTablesWithItsDescription() {
        assertRows(metadata.path("properties"), "option-");
    }

    @Test
    void everyHeaderIsInTheHeaderTableWithItsDescriptionAndConstant() {
        assertRows(metadata.path("headers"), "header-");
        metadata.path("headers").fields().forEachRemaining(header -> {
            String constant = header.getValue().path("constantName").asText();
            String simple = constant.substring(constant.lastIndexOf('.') + 1).replace('#', '.');
            assertThat(row("header-" + header.getKey()).text()).as(header.getKey()).contains(simple);
        });
    }

    @Test
    void theTablesCountWhatTheMetadataHas() {
        assertThat(componentPage.text())
                .contains("supports " + metadata.path("componentProperties").size() + " options")
                .contains("supports " + metadata.path("headers").size() + " message headers");
    }

    @Test
    void everyPageTheIndexListsWasRendered() throws IOException {
        List<String> pages = parse(SITE.resolve("index.html")).select("#content li a[href]").eachAttr("href");

        assertThat(pages).contains("workflowrun-component.html", "lifecycle.html", "reliability.html", "performance.html",
                "testing-with-the-simulator.html");
        assertThat(pages).as("a page for each provider registered").containsAll(
                registeredProviders().stream().map(provider -> "providers/" + provider + ".html").toList());
        for (String page : pages) {
            assertThat(SITE.resolve(page)).as("index links " + page).isRegularFile();
        }
    }

    @Test
    void everyInternalLinkResolvesToARenderedPageAndAnchor() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : renderedPages()) {
            for (Element link : parse(page).select("a[href]")) {
                String href = link.attr("href");
                if (href.isEmpty() || ABSOLUTE.matcher(href).lookingAt()) {
                    continue;
                }
                checked++;
                String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : "";
                Path file = target.isEmpty() ? page : page.getParent().resolve(target).normalize();
                if (!Files.isRegularFile(file)) {
                    broken.add(SITE.relativize(page) + " -> " + href + " (no such page)");
                } else if (!anchor.isEmpty() && parse(file).getElementById(anchor) == null) {
                    broken.add(SITE.relativize(page) + " -> " + href + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(checked).as("internal links checked").isGreaterThan(100);
    }

    @Test
    void everyImageResolvesToAFileOfTheRenderedSite() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path page : renderedPages()) {
            for (Element image : parse(page).select("img[src], object[data]")) {
                String src = image.hasAttr("src") ? image.attr("src") : image.attr("data");
                assertThat(ABSOLUTE.matcher(src).lookingAt()).as(SITE.relativize(page) + " loads " + src + " from elsewhere")
                        .isFalse();
                checked++;
                if (!Files.isRegularFile(page.getParent().resolve(src).normalize())) {
                    missing.add(SITE.relativize(page) + " -> " + src);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("images checked").isGreaterThanOrEqualTo(10);
    }

    @Test
    void thePerformancePageShowsTheBenchmarkRunsChartsWithTheirBars() throws IOException {
        List<Element> charts = parse(SITE.resolve("performance.html")).select("img[src^=images/performance/]");

        assertThat(charts).extracting(chart -> chart.attr("src")).contains("images/performance/throughput.svg",
                "images/performance/ratio-cpu.svg", "images/performance/latency-p99.svg", "images/performance/jmh.svg",
                "images/performance/waits-heap.svg");
        for (Element chart : charts) {
            assertThat(chart.attr("alt")).as(chart.attr("src") + " alt text").isNotBlank().doesNotContain("\"");
            String svg = Files.readString(SITE.resolve(chart.attr("src")));
            assertThat(svg).as(chart.attr("src")).startsWith("<svg ").contains("class=\"bar\"", "</svg>");
        }
    }

    @Test
    void theLifecycleAndRetryDiagramsAreDrawnAtBuildTime() throws IOException {
        assertDiagram("lifecycle.html", "run-lifecycle.svg", "PENDING", "RUNNING", "WAITING", "SUCCEEDED", "FAILED", "CANCELLED", "cancel");
        assertDiagram("lifecycle.html", "wait-for-completion.svg", "pollInterval", "WorkflowRunTimeoutException",
                "WorkflowRunFailedException");
        assertDiagram("reliability.html", "retry-decision.svg", "WorkflowRunMaybeStartedException", "WorkflowRunThrottledException",
                "maxAttempts", "maxRetryTime", "Retry-After");
    }

    /** The page shows the diagram, with alt text, as SVG that PlantUML drew with these words in it. */
    private static void assertDiagram(String page, String image, String... words) throws IOException {
        Element img = parse(SITE.resolve(page)).selectFirst("img[src=" + image + "]");
        assertThat(img).as(page + " shows " + image).isNotNull();
        assertThat(img.attr("alt")).as(image + " alt text").hasSizeGreaterThan(40);
        String svg = Files.readString(SITE.resolve(image));
        assertThat(svg).as(image).contains("<svg", "</svg>").contains(words);
    }

    @Test
    void everyProviderPageShowsItsRouteInJavaAndYaml() throws IOException {
        for (String provider : registeredProviders()) {
            Document page = parse(SITE.resolve("providers/" + provider + ".html"));
            List<String> code = page.select("pre code").eachText();

            assertThat(code).as(provider + " Java DSL").anyMatch(c -> c.contains("from(\"direct:" + provider + "\")")
                                                                       && c.contains("workflowrun:" + provider));
            assertThat(code).as(provider + " YAML DSL").anyMatch(c -> c.contains("uri: \"direct:" + provider + "\"")
                                                                       && c.contains("workflowrun:" + provider));
            assertThat(page.text()).as(provider).doesNotContain("tag::", "end::");
        }
    }

    /** The ids of the providers on the class path, as the component finds them. */
    private static List<String> registeredProviders() {
        List<String> ids = new ArrayList<>();
        ServiceLoader.load(WorkflowRunProvider.class).forEach(provider -> ids.add(provider.id()));
        assertThat(ids).as("providers registered").isNotEmpty();
        return ids;
    }

    /** Each name has its row, found by the row's anchor, and the row shows the metadata's description. */
    private static void assertRows(JsonNode section, String anchorPrefix) {
        assertThat(section.size()).as("options in the metadata").isPositive();
        for (Map.Entry<String, JsonNode> option : (Iterable<Map.Entry<String, JsonNode>>) section::fields) {
            Element row = row(anchorPrefix + option.getKey());
            assertThat(row.child(0).text()).as(option.getKey()).contains(option.getKey());
            assertThat(row.child(1).text()).as(option.getKey() + " description")
                    .contains(option.getValue().path("description").asText());
        }
    }

    private static Element row(String anchor) {
        Element target = componentPage.getElementById(anchor);
        assertThat(target).as("a table row with anchor " + anchor + " in the component page").isNotNull();
        Element row = target.closest("tr");
        assertThat(row).as(anchor + " in a table row").isNotNull();
        return row;
    }

    private static List<Path> renderedPages() throws IOException {
        try (Stream<Path> files = Files.walk(SITE)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
