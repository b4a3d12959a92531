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
package io.workflowrun.benchmarks.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static final BarChart CHART = new BarChart("Triggers per second", "triggers/s, more is better",
            List.of("acme", "bolt & co"), v -> String.format(Locale.ROOT, "%,.0f", v))
            .series("component", List.of(9600.0, 12000.0))
            .series("SDK", List.of(4000.0, Double.NaN))
            .reference(10000, "target: ≥ 10,000")
            .missing("no Java SDK");

    @Test
    void drawsABarPerValueNamedByItsCategorySeriesAndValue() throws Exception {
        Document svg = parse(CHART.toSvg());

        assertThat(titlesOf(svg, "bar")).containsExactly("acme, component: 9,600", "acme, SDK: 4,000", "bolt & co, component: 12,000");
        assertThat(texts(svg)).contains("Triggers per second", "triggers/s, more is better", "acme", "bolt & co", "component", "SDK",
                "9,600", "12,000", "4,000", "SDK: no Java SDK", "target: ≥ 10,000");
    }

    @Test
    void barsAreAsLongAsTheirValuesAndTheTargetLineSitsAtItsValue() throws Exception {
        Document svg = parse(CHART.toSvg());
        List<Element> bars = elements(svg, "rect", "bar");
        double left = Double.parseDouble(bars.get(0).getAttribute("x"));
        double perUnit = Double.parseDouble(bars.get(0).getAttribute("width")) / 9600;

        assertThat(Double.parseDouble(bars.get(2).getAttribute("width"))).isCloseTo(12000 * perUnit, offset(0.2));
        assertThat(Double.parseDouble(bars.get(1).getAttribute("width"))).isCloseTo(4000 * perUnit, offset(0.2));
        Element target = elements(svg, "line", "reference").get(0);
        assertThat(Double.parseDouble(target.getAttribute("x1"))).isCloseTo(left + 10000 * perUnit, offset(0.2));
    }

    @Test
    void drawsAnErrorWhiskerAroundEachValueThatHasAnError() throws Exception {
        Document svg = parse(new BarChart("JMH", "µs", List.of("sign"), v -> String.format(Locale.ROOT, "%.1f", v))
                .series("", List.of(4.0), List.of(1.5)).toSvg());

        assertThat(elements(svg, "path", "error")).hasSize(1);
        assertThat(titlesOf(svg, "bar")).containsExactly("sign: 4.0");
        assertThat(texts(svg)).doesNotContain("", "JMH: ").contains("4.0");
    }

    @Test
    void refusesSeriesThatDoNotMatchTheCategories() {
        assertThatThrownBy(() -> new BarChart("t", "a", List.of("a", "b"), String::valueOf).series("round 1", List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("series 'round 1' has 1 values").hasMessageContaining("one of each per category (2)");
    }

    @Test
    void stepsOfTheValueAxisAreRoundNumbers() {
        assertThat(BarChart.niceStep(4409)).isEqualTo(5000);
        assertThat(BarChart.niceStep(0.344)).isEqualTo(0.5);
        assertThat(BarChart.niceStep(41.2)).isEqualTo(50);
        assertThat(BarChart.niceStep(2.1)).isEqualTo(2.5);
        assertThat(BarChart.niceStep(20)).isEqualTo(20);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> titlesOf(Document svg, String kind) {
        return elements(svg, "rect", kind).stream().map(bar -> bar.getElementsByTagName("title").item(0).getTextContent()).toList();
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Element> elements(Document svg, String tag, String kind) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(kind)) {
                found.add(element);
            }
        }
        return found;
    }
}
